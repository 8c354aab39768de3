from tests.visits.helpers import fixed_today, hall

__all__ = ["fixed_today", "hall"]
