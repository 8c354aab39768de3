/*
 * The admin editor's language picker (wagtail-modeltranslation), made to work for every language.
 *
 * 1. Indonesian fields are named `*_ind` and labelled "[ind]" (modeltranslation avoids a clash with
 *    `id`), but the picker and the "copy content from" buttons look for the language codes of
 *    settings.LANGUAGES, so they never found the Indonesian fields and a click on "id" failed.
 *    This script runs before the page has loaded, so before their handlers: it gives them the
 *    codes as the fields spell them.
 * 2. Once the picker is built, `?language=th` in the address shows that language's fields
 *    beside the English ones (the translation status report links here).
 * 3. Each picker button gets the language's name as a tooltip.
 */
(function () {
  'use strict';

  // From pages/wagtail_hooks.py: {language: field suffix} and {language: native name}.
  var data = document.currentScript ? document.currentScript.dataset : {};
  var FIELD_SUFFIXES = JSON.parse(data.fieldSuffixes || '{}');
  var LANGUAGE_NAMES = JSON.parse(data.languageNames || '{}');

  function fieldCode(language) {
    return FIELD_SUFFIXES[language] || language;
  }

  function languageOf(code) {
    var languages = Object.keys(FIELD_SUFFIXES);
    for (var i = 0; i < languages.length; i++) {
      if (FIELD_SUFFIXES[languages[i]] === code) return languages[i];
    }
    return code;
  }

  var settings = window.wagtailModelTranslations;
  if (!settings || settings.akcFieldCodes) return;
  settings.akcFieldCodes = true;
  settings.languages = settings.languages.map(fieldCode);
  settings.locale_picker_default = (settings.locale_picker_default || []).map(fieldCode);

  function pickerButtons() {
    return Array.prototype.slice.call(document.querySelectorAll('.locale-picker button.locale-toggle'));
  }

  function showRequestedLanguage() {
    var buttons = pickerButtons();
    buttons.forEach(function (button) {
      var name = LANGUAGE_NAMES[languageOf(button.textContent.trim())];
      if (name) button.title = name;
    });
    var requested = new URLSearchParams(window.location.search).get('language');
    if (!requested) return;
    var code = fieldCode(requested);
    buttons.forEach(function (button) {
      if (button.textContent.trim() === code && !button.classList.contains('showing-locale')) {
        button.click();
      }
    });
  }

  // jQuery runs ready handlers in the order they were added; wagtail-modeltranslation's come first.
  if (window.jQuery) {
    window.jQuery(showRequestedLanguage);
  } else {
    document.addEventListener('DOMContentLoaded', showRequestedLanguage);
  }
})();
