# Burmese, after CLDR's my patterns (long date "y MMMM d", short "d/M/yy", time "H:mm").
DATE_FORMAT = "Y F j"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y F j H:i"
YEAR_MONTH_FORMAT = "Y F"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "j/n/y"
SHORT_DATETIME_FORMAT = "j/n/y H:i"
FIRST_DAY_OF_WEEK = 0  # Sunday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
