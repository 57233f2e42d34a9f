// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace EpisodeDesk::Translations {

// Installs EpisodeDesk's translation for `locale` (the first of its UI languages that EpisodeDesk
// ships, as LANGUAGE=de:es or LANG=es_ES.UTF-8 give it) and Qt's own for its dialogs and shortcuts,
// on the running QCoreApplication. Returns the language installed: "de", "es", or "en" for English (the
// source text, with its plural forms from episodedesk_en) and any language EpisodeDesk does not ship.
// Call once, after the application object exists and before any
// text is created.
QString install(const QLocale &locale = QLocale::system());

// The languages with a translation inside EpisodeDesk, such as {"de", "es"}.
QStringList shippedLanguages();

} // namespace EpisodeDesk::Translations
