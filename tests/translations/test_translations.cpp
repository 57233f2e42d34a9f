// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/episodetablemodel.h"
#include "posting/holdreason.h"
#include "store/databaselocation.h"
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace EpisodeDesk;
using namespace EpisodeDesk::Models;

namespace {

// Every translator the application holds, so that each test starts in English.
void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                messages.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
            if (message.translations.size() == 2) {
                messages.append(message);
            }
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void shipsGermanAndSpanish() { QCOMPARE(Translations::shippedLanguages(), (QStringList {"de", "es"})); }

    // LANGUAGE=es:de puts Spanish first; a language EpisodeDesk does not ship falls through to the next.
    void theSystemLocaleChoosesTheLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages"); // what QLocale::system() would say, in order
        QTest::addColumn<QString>("installed");
        QTest::newRow("German") << QStringList {"de_DE"} << "de";
        QTest::newRow("Austrian German") << QStringList {"de_AT"} << "de";
        QTest::newRow("Spanish") << QStringList {"es_ES"} << "es";
        QTest::newRow("Mexican Spanish") << QStringList {"es_MX"} << "es";
        QTest::newRow("English") << QStringList {"en_US"} << "en";
        QTest::newRow("French") << QStringList {"fr_FR"} << "en";
    }
    void theSystemLocaleChoosesTheLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, installed);
        QCOMPARE(Translations::install(QLocale(uiLanguages.first())), installed);
    }

    // The contexts the code asks for at run time are the ones lupdate put the strings in: a string from
    // each kind of tr() there is (a free function's, a Q_DECLARE_TR_FUNCTIONS class's, a QObject's).
    void runTimeContextsMatchTheTsFiles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("noDatabase");
        QTest::addColumn<QString>("twoItems");
        QTest::newRow("de") << "de"
                            << "Es wurde keine Datenbank angegeben."
                            << "A und B";
        QTest::newRow("es") << "es"
                            << "No se indicó ninguna base de datos."
                            << "A y B";
    }
    void runTimeContextsMatchTheTsFiles()
    {
        QFETCH(QString, language);
        QFETCH(QString, noDatabase);
        QFETCH(QString, twoItems);
        QCOMPARE(Translations::install(QLocale(language)), language);
        QString error;
        QVERIFY(!DatabaseLocation::parse(QString(), &error));
        QCOMPARE(error, noDatabase);
        QCOMPARE(HoldReason::tr("%1 and %2").arg(QStringLiteral("A"), QStringLiteral("B")), twoItems);
    }

    // "%n tweets": one form for one, another for more, in each language, and English's own singular.
    void pluralsFollowTheCount_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << 1 << "1 post left (today)";
        QTest::newRow("en 3") << "en" << 3 << "3 posts left (today)";
        QTest::newRow("de 1") << "de" << 1 << "Noch 1 Beitrag (today)";
        QTest::newRow("de 3") << "de" << 3 << "Noch 3 Beiträge (today)";
        QTest::newRow("es 1") << "es" << 1 << "Queda 1 publicación (today)";
        QTest::newRow("es 3") << "es" << 3 << "Quedan 3 publicaciones (today)";
    }
    void pluralsFollowTheCount()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        Translations::install(QLocale(language));
        QCOMPARE(QCoreApplication::translate("PostingNotes", "%n posts left (%1)", nullptr, count)
                     .arg(QStringLiteral("today")),
                 expected);
    }

    // The episode table's summary, as the window shows it.
    void theEpisodeSummaryIsTranslated()
    {
        Translations::install(QLocale(QStringLiteral("de")));
        StatusCounts counts;
        counts.byStatus.at(static_cast<size_t>(TweetStatus::Failed)) = 1;
        counts.byStatus.at(static_cast<size_t>(TweetStatus::Posted)) = 3;
        const QString summary = EpisodeTableModel::summaryText(counts);
        QVERIFY2(summary.startsWith(QLatin1String("1 ")) && summary.contains(QLatin1String("3 ")), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("failed")) && !summary.contains(QLatin1String("posted")),
                 qPrintable(summary));
    }

    // Every message of a language translated in full is finished, keeps the source's placeholders and,
    // for a plural, has both forms; English's file has every plural. (translations_current checks that
    // the files hold every string the code has.)
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
        QTest::newRow("en") << "en";
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages =
            readTs(QStringLiteral(EPISODEDESK_SOURCE_DIR "/translations/episodedesk_%1.ts").arg(language));
        QVERIFY(messages.size() > 1000);
        int checked = 0;
        for (const Message &message : messages) {
            if (language == QLatin1String("en") && !message.numerus) {
                continue; // English is the source: only its plurals are written out
            }
            const QString where = message.context + QLatin1String(": ") + message.source;
            QVERIFY2(!message.unfinished, qPrintable(QLatin1String("unfinished: ") + where));
            QCOMPARE(message.translations.size(), message.numerus ? 2 : 1);
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(QLatin1String("empty: ") + where));
                QSet<QString> expected = placeholders(message.source);
                QSet<QString> got = placeholders(translation);
                if (message.numerus) {
                    // "Delete the episode and its tweet?" may leave the count out of the singular.
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                QVERIFY2(
                    got == expected,
                    qPrintable(QLatin1String("placeholders differ: ") + where + QLatin1String(" → ") + translation));
            }
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    // Dates follow the locale's own form: what QLocale() gives once the system locale is German.
    void datesTakeTheLocalesForm()
    {
        const QDate day(2026, 12, 3);
        QCOMPARE(QLocale(QStringLiteral("de_DE")).toString(day, QLocale::ShortFormat), QStringLiteral("03.12.26"));
        QCOMPARE(QLocale(QStringLiteral("es_ES")).toString(day, QLocale::ShortFormat), QStringLiteral("3/12/26"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
