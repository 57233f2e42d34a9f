// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslator, "episodedesk.translations")

namespace EpisodeDesk::Translations {

namespace {

const QString resourceFolder = QStringLiteral(":/i18n");

} // namespace

QStringList shippedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("episodedesk_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(qsizetype(sizeof("episodedesk_") - 1)).chopped(3);
        if (language != QLatin1String("en")) { // en holds the plural forms only
            languages.append(language);
        }
    }
    return languages;
}

QString install(const QLocale &locale)
{
    // The translators live as long as the application: QCoreApplication keeps only pointers to them.
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto *ours = new QTranslator(app);
    // QTranslator::load(QLocale, …) walks locale.uiLanguages() in order (LANGUAGE=de:es first, then
    // LC_ALL, LC_MESSAGES and LANG), so the user's first shipped language wins; English needs no file.
    if (!ours->load(locale, QStringLiteral("episodedesk"), QStringLiteral("_"), resourceFolder)) {
        // English, or a language EpisodeDesk does not ship: the source text, with English plurals.
        qCInfo(lcTranslator) << "no EpisodeDesk translation for" << locale.uiLanguages() << "- English";
        if (ours->load(QStringLiteral("episodedesk_en"), resourceFolder)) {
            QCoreApplication::installTranslator(ours);
        } else {
            delete ours;
        }
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    if (ours->language().startsWith(QLatin1String("en"))) {
        return QStringLiteral("en");
    }

    // Qt's own strings (the buttons of QMessageBox, QDialogButtonBox, the context menus of line edits)
    // come from Debian's qt6-translations-l10n, which the package recommends. Without it they stay in
    // English; EpisodeDesk's own text is translated either way.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcTranslator) << "Qt's own translation is not installed for" << ours->language();
        delete qt;
    }
    // The .ts files name their language as "de" or "de_DE"; callers compare the language alone.
    return ours->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace EpisodeDesk::Translations
