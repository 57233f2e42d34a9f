// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Announcements… (issue 11): the show's announcement templates, added in TemplateDialog and
// removed from the list, on the backend ctest chose. The end-to-end case adds one through the window and
// then lets a feed on a real HTTP server on 127.0.0.1 (feedserver.h) bring a new episode: the template
// the dialog wrote is the one that announces it, at the offset typed, and the back catalogue is not
// announced. With EPISODEDESK_SCREENSHOT_DIR set it also writes the README's pictures there:
//
//     EPISODEDESK_SCREENSHOT_DIR=$PWD/docs/screenshots ctest --preset dev -R "test_templatesdialog$"

#include "../feeds/feedserver.h"
#include "feeds/feedupdate.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/templatestore.h"
#include "store/tweetstore.h"
#include "templatedialog.h"
#include "templatesdialog.h"
#include "testdatabase.h"
#include "uitestutil.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

QByteArray feedWith(const QByteArray &newest = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
           "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>Garden Talk</title>\n" +
        newest +
        "<item><title>Compost, Explained</title><guid>g1</guid><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>"
        "<link>https://gardentalk.example/1</link><itunes:episode>1</itunes:episode></item>\n"
        "</channel></rss>\n";
}

} // namespace

class TemplatesDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initUiTestCase(QStringLiteral("test_templatesdialog"));
        QApplication::setApplicationDisplayName(QStringLiteral("EpisodeDesk"));
        m_outputDir = qEnvironmentVariable("EPISODEDESK_SCREENSHOT_DIR");
        if (!m_outputDir.isEmpty()) {
            QVERIFY(QDir().mkpath(m_outputDir));
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("gui")), qPrintable(m_db->errorString()));
    }

    void cleanup()
    {
        closeModalDialogs();
        m_window.reset();
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void anEmptyListSaysWhatAnnouncementsAre()
    {
        addAccount(QStringLiteral("Garden Talk"));
        TemplatesDialog dialog(m_db->connection());
        dialog.show();
        QCOMPARE(list(&dialog)->count(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("emptyNote"))->isVisible());
        QVERIFY(!removeButton(&dialog)->isEnabled());
    }

    void addedInTheWindowItAnnouncesTheNextEpisode()
    {
        addAccount(QStringLiteral("Garden Talk"));
        // The back catalogue is in first: the preview reads the newest episode.
        QNetworkAccessManager manager;
        FeedServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        server.serveFeed(QStringLiteral("/feed.xml"), feedWith());
        FeedUpdate::Options options;
        options.clock = [] {
            return QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        };
        const FeedUpdate::Result imported =
            FeedUpdate(m_db->connection(), &manager, options).importFeed(server.url(QStringLiteral("/feed.xml")));
        QVERIFY2(imported.ok(), qPrintable(imported.errorString));

        m_window = std::make_unique<MainWindow>(m_db->connection(), m_db->location());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QAction *announcements = m_window->findChild<QAction *>(QStringLiteral("announcementsAction"));
        QVERIFY(announcements);
        QVERIFY(menuHolds(QStringLiteral("&File"), announcements));
        announcements->trigger();
        TemplatesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<TemplatesDialog>()) != nullptr);

        dialog->findChild<QPushButton *>(QStringLiteral("addTemplateButton"))->click();
        TemplateDialog *editor = nullptr;
        QTRY_VERIFY((editor = modalDialog<TemplateDialog>()) != nullptr);
        QVERIFY(!okButton(editor)->isEnabled()); // no text yet
        editor->findChild<QPlainTextEdit *>(QStringLiteral("templateText"))
            ->setPlainText(QStringLiteral("New episode {number}: {title} {url}"));
        QCOMPARE(editor->findChild<QTextEdit *>(QStringLiteral("templatePreview"))->toPlainText(),
                 QStringLiteral("New episode 1: Compost, Explained https://gardentalk.example/1"));
        editor->findChild<QSpinBox *>(QStringLiteral("templateOffset"))->setValue(15);
        QVERIFY(okButton(editor)->isEnabled());
        save(editor->grab(), QStringLiteral("announcement-editor.png"), editor->size());
        okButton(editor)->click();
        QTRY_VERIFY(modalDialog<TemplatesDialog>() == dialog);

        QCOMPARE(list(dialog)->count(), 1);
        QCOMPARE(list(dialog)->item(0)->text(),
                 QStringLiteral("New episode {number}: {title} {url}\nGarden Talk (Sandbox — posts to the local test "
                                "server only) · 15 min after the episode's publication time"));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("emptyNote"))->isVisible());
        save(dialog->grab(), QStringLiteral("announcements.png"), dialog->size());
        const QList<AnnouncementTemplate> stored = TemplateStore(m_db->connection()).all();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().offsetMinutes, 15);
        QVERIFY(!stored.constFirst().manual);

        // Episode 2 comes out at 13:00; the refresh finds it and the template announces it at 13:15.
        server.serveFeed(QStringLiteral("/feed.xml"),
                         feedWith("<item><title>Seeds</title><guid>g2</guid><pubDate>Tue, 01 Dec 2026 13:00:00 "
                                  "GMT</pubDate><itunes:episode>2</itunes:episode></item>\n"),
                         "\"v2\"", "Tue, 01 Dec 2026 13:00:00 GMT");
        const FeedUpdate::Result refreshed = FeedUpdate(m_db->connection(), &manager, options).refresh();
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorString));
        QCOMPARE(refreshed.changes.added, 1);
        QCOMPARE(refreshed.changes.announcements, 1);
        const QList<Episode> episodes = EpisodeStore(m_db->connection()).all();
        QCOMPARE(episodes.size(), 2);
        for (const Episode &episode : episodes) {
            const QList<TweetConfig> tweets = TweetStore(m_db->connection()).forEpisode(episode.id);
            if (episode.feedGuid == QLatin1String("g1")) {
                QVERIFY(tweets.isEmpty()); // the back catalogue is never announced
                continue;
            }
            QCOMPARE(tweets.size(), 1);
            QCOMPARE(tweets.constFirst().templateId, stored.constFirst().id);
            QCOMPARE(tweets.constFirst().text, QStringLiteral("New episode {number}: {title} {url}"));
            QCOMPARE(tweets.constFirst().scheduledAt, QDateTime(QDate(2026, 12, 1), QTime(13, 15), Qt::UTC));
        }
    }

    void aManualTemplateHasNoOffsetAndTyposAreNamed()
    {
        addAccount(QStringLiteral("Garden Talk"));
        TemplateDialog dialog(AccountStore(m_db->connection()).all(), TemplateDialog::sampleEpisode());
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("templateText"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("templateHint"));
        dialog.show();
        text->setPlainText(QStringLiteral("Out now: {titel}"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("{titel} is not a placeholder")), qPrintable(hint->text()));
        text->setPlainText(QString(300, QLatin1Char('a')));
        QVERIFY2(hint->text().contains(QStringLiteral("300 characters")), qPrintable(hint->text()));
        QVERIFY(okButton(&dialog)->isEnabled()); // held at its time if the episode's text does not fit
        text->setPlainText(QStringLiteral("Listen to {title}"));
        QVERIFY(!hint->isVisible());

        auto *offset = dialog.findChild<QSpinBox *>(QStringLiteral("templateOffset"));
        offset->setValue(30);
        dialog.findChild<QRadioButton *>(QStringLiteral("templateManual"))->setChecked(true);
        QVERIFY(!offset->isEnabled());
        const AnnouncementTemplate announcement = dialog.announcement();
        QVERIFY(announcement.manual);
        QCOMPARE(announcement.offsetMinutes, 0);
        QCOMPARE(announcement.text, QStringLiteral("Listen to {title}"));
        QCOMPARE(TemplatesDialog::timingText(announcement), QStringLiteral("left pending for review"));
        QCOMPARE(TemplatesDialog::timingText({0, 1, {}, -60, false, {}}),
                 QStringLiteral("60 min before the episode's publication time"));
    }

    void aRefusedTemplateKeepsWhatWasTyped()
    {
        const qint64 account = addAccount(QStringLiteral("Garden Talk"));
        TemplatesDialog dialog(m_db->connection());
        dialog.open();
        dialog.findChild<QPushButton *>(QStringLiteral("addTemplateButton"))->click();
        TemplateDialog *editor = nullptr;
        QTRY_VERIFY((editor = modalDialog<TemplateDialog>()) != nullptr);
        editor->findChild<QPlainTextEdit *>(QStringLiteral("templateText"))->setPlainText(QStringLiteral("Hello"));
        // A teammate removes the account while the dialog is open.
        QVERIFY(AccountStore(m_db->connection()).remove(account));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        okButton(editor)->click();
        QCOMPARE(MessageBox::lastText(), QStringLiteral("There is no account %1.").arg(account));
        QCOMPARE(modalDialog<TemplateDialog>(), editor); // still open
        QCOMPARE(editor->findChild<QPlainTextEdit *>(QStringLiteral("templateText"))->toPlainText(),
                 QStringLiteral("Hello"));
        QVERIFY(TemplateStore(m_db->connection()).all().isEmpty());
    }

    void removingAsksThenArchives()
    {
        const qint64 account = addAccount(QStringLiteral("Garden Talk"));
        TemplateStore store(m_db->connection());
        QVERIFY(store.add({0, account, QStringLiteral("First {title}"), 0, false, {}}));
        const auto second = store.add({0, account, QStringLiteral("Second {title}"), 0, true, {}});
        QVERIFY(second);
        TemplatesDialog dialog(m_db->connection());
        QSignalSpy changed(&dialog, &TemplatesDialog::templatesChanged);
        dialog.show();
        QCOMPARE(list(&dialog)->count(), 2);
        list(&dialog)->setCurrentRow(1);
        QVERIFY(removeButton(&dialog)->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        removeButton(&dialog)->click();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Second {title}")), qPrintable(MessageBox::lastText()));
        QCOMPARE(list(&dialog)->count(), 2);
        QCOMPARE(changed.count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        removeButton(&dialog)->click();
        QCOMPARE(list(&dialog)->count(), 1);
        QCOMPARE(changed.count(), 1);
        const QList<AnnouncementTemplate> left = TemplateStore(m_db->connection()).all();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().text, QStringLiteral("First {title}"));
        // Archived, not deleted: the row stays for the tweets it made.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT archived FROM templates WHERE id = %1").arg(*second)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void withoutAnAccountItOffersToAddOne()
    {
        TemplatesDialog dialog(m_db->connection());
        QSignalSpy wanted(&dialog, &TemplatesDialog::addAccountRequested);
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("addTemplateButton"))->click();
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!modalDialog<TemplateDialog>());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    }

private:
    qint64 addAccount(const QString &name)
    {
        Account account;
        account.name = name;
        account.kind = AccountKind::Sandbox;
        const auto id = AccountStore(m_db->connection()).add(account);
        return id.value_or(0);
    }

    static QListWidget *list(QWidget *dialog)
    {
        return dialog->findChild<QListWidget *>(QStringLiteral("templateList"));
    }
    static QPushButton *removeButton(QWidget *dialog)
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("removeTemplateButton"));
    }

    bool menuHolds(const QString &title, QAction *action) const
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text() == title && menu->menu() && menu->menu()->actions().contains(action)) {
                return true;
            }
        }
        return false;
    }

    void save(const QPixmap &picture, const QString &name, const QSize &size)
    {
        QString error;
        QVERIFY2(saveScreenshot(picture, size, m_outputDir, name, &error), qPrintable(error));
    }

    QString m_outputDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TemplatesDialogTest)
#include "test_templatesdialog.moc"
