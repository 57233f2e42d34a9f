// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Open Team Database…: the address its fields make, a password refused among the options, the
// connection tried before accepting (a failure shown in the dialog's words), and a typed password kept
// in the keychain only, never in the settings file.
#include "recentdatabases.h"
#include "secrets/databasepasswords.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "teamdatabasedialog.h"
#include "testdatabase.h"
#include "uitestutil.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("no child %s", name);
    }
    return found;
}

// The dialog's fields for the database at a location (the test server's).
TeamDatabaseDialog::Fields fieldsOf(const QString &location)
{
    const QUrl url(location);
    return {url.host(), url.port(5432), url.path().mid(1), url.userName(), QString()};
}

} // namespace

class TeamDatabaseDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The settings file in the test's own home, before anything reads a setting.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        initUiTestCase(QStringLiteral("test_teamdatabasedialog"));
        QVERIFY2(QSettings().fileName().startsWith(m_home.path()), qPrintable(QSettings().fileName()));
    }

    void cleanup() { closeModalDialogs(); }

    void buildsTheAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("uri");
        QTest::newRow("plain") << "db.example.com" << 5432 << "myshow"
                               << "ada"
                               << ""
                               << "postgresql://ada@db.example.com:5432/myshow";
        QTest::newRow("no user: libpq's default") << "db.example.com" << 6543 << "myshow"
                                                  << ""
                                                  << ""
                                                  << "postgresql://db.example.com:6543/myshow";
        QTest::newRow("options pass through")
            << "db.example.com" << 5432 << "myshow"
            << "ada"
            << "sslmode=require&connect_timeout=5"
            << "postgresql://ada@db.example.com:5432/myshow?sslmode=require&connect_timeout=5";
        QTest::newRow("options separated by spaces")
            << "db.example.com" << 5432 << "myshow"
            << "ada"
            << " sslmode=verify-full  application_name=desk "
            << "postgresql://ada@db.example.com:5432/myshow?sslmode=verify-full&application_name=desk";
        QTest::newRow("percent-encoded") << "db.example.com" << 5432 << "my show/2026"
                                         << "ada@studio"
                                         << ""
                                         << "postgresql://ada%40studio@db.example.com:5432/my%20show%2F2026";
        QTest::newRow("option value encoded")
            << "db.example.com" << 5432 << "myshow"
            << "ada"
            << "application_name=desk#1/a=b"
            << "postgresql://ada@db.example.com:5432/myshow?application_name=desk%231%2Fa%3Db";
        QTest::newRow("IPv6 in brackets") << "::1" << 5432 << "myshow"
                                          << "ada"
                                          << ""
                                          << "postgresql://ada@[::1]:5432/myshow";
        QTest::newRow("fields trimmed") << " db.example.com " << 5432 << " myshow "
                                        << " ada "
                                        << ""
                                        << "postgresql://ada@db.example.com:5432/myshow";
    }

    void buildsTheAddress()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, options);
        QFETCH(QString, uri);
        QString error;
        const auto built = TeamDatabaseDialog::buildUri({host, port, database, user, options}, &error);
        QVERIFY2(built, qPrintable(error));
        QCOMPARE(*built, uri);
        QVERIFY2(DatabaseLocation::parse(*built, &error), qPrintable(error));

        // The dialog shows the same address, read-only, for copying into --db.
        TeamDatabaseDialog dialog;
        dialog.setFields({host, port, database, user, options});
        QLineEdit *shown = child<QLineEdit>(dialog, "uriEdit");
        QVERIFY(shown->isReadOnly());
        QCOMPARE(shown->text(), uri);
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void parsedBackIntoTheFields()
    {
        const auto location = DatabaseLocation::parse(
            QStringLiteral("postgresql://ada@db.example.com:6543/myshow?sslmode=require"), nullptr);
        QVERIFY(location);
        TeamDatabaseDialog dialog;
        dialog.setLocation(*location);
        QCOMPARE(dialog.fields().host, QStringLiteral("db.example.com"));
        QCOMPARE(dialog.fields().port, 6543);
        QCOMPARE(dialog.fields().database, QStringLiteral("myshow"));
        QCOMPARE(dialog.fields().user, QStringLiteral("ada"));
        QCOMPARE(dialog.fields().options, QStringLiteral("sslmode=require"));
        QCOMPARE(child<QLineEdit>(dialog, "uriEdit")->text(), location->toString());
    }

    void refusesAPasswordInTheOptions_data()
    {
        QTest::addColumn<QString>("options");
        QTest::newRow("alone") << "password=hunter2";
        QTest::newRow("among others") << "sslmode=require&password=hunter2";
        QTest::newRow("upper case") << "PASSWORD=hunter2";
    }

    void refusesAPasswordInTheOptions()
    {
        QFETCH(QString, options);
        QString error;
        QVERIFY(!TeamDatabaseDialog::buildUri(
            {QStringLiteral("db.example.com"), 5432, QStringLiteral("myshow"), QStringLiteral("ada"), options},
            &error));
        QVERIFY2(error.contains(QStringLiteral("Password field")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("hunter2")));

        TeamDatabaseDialog dialog;
        dialog.setFields(
            {QStringLiteral("db.example.com"), 5432, QStringLiteral("myshow"), QStringLiteral("ada"), options});
        QVERIFY(child<QLineEdit>(dialog, "uriEdit")->text().isEmpty());
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), error);
    }

    void refusesIncompleteFields()
    {
        QString error;
        QVERIFY(
            !TeamDatabaseDialog::buildUri({QString(), 5432, QStringLiteral("myshow"), QString(), QString()}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!TeamDatabaseDialog::buildUri(
            {QStringLiteral("db.example.com"), 5432, QStringLiteral("myshow"), QString(), QStringLiteral("sslmode")},
            &error));
        QVERIFY2(error.contains(QStringLiteral("name=value")), qPrintable(error));
        TeamDatabaseDialog dialog;
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5432);
    }

    // Nothing listens on the port: the dialog stays open and says so in Database's words.
    void aServerThatIsNotThereIsShown()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost));
        const quint16 port = placeholder.serverPort();
        placeholder.close(); // free again, and nobody listens there

        TeamDatabaseDialog dialog;
        dialog.setFields({QStringLiteral("127.0.0.1"), port, QStringLiteral("myshow"), QStringLiteral("ada"), {}});
        dialog.show();
        okButton(&dialog)->click();
        QVERIFY(dialog.isConnecting());
        QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 15000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.location().isEmpty());
        const QString message = child<QLabel>(dialog, "messageLabel")->text();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot reach the team database myshow on 127.0.0.1:%1").arg(port)),
                 qPrintable(message));
        QVERIFY(!child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    }

    // The test server: the connection is tried, and a typed password goes to the keychain only.
    void connectsAndKeepsThePasswordInTheKeychain()
    {
        QTemporaryDir dir;
        TestDatabase database(dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        QVERIFY2(database.isPostgreSql(), "runs on the test server (registered BACKENDS postgresql)");
        const QString secret = QStringLiteral("hunter2-never-stored");

        TeamDatabaseDialog dialog;
        dialog.setFields(fieldsOf(database.location()));
        child<QLineEdit>(dialog, "passwordEdit")->setText(secret);
        QVERIFY(!child<QLineEdit>(dialog, "uriEdit")->text().contains(secret));
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        okButton(&dialog)->click();
        QVERIFY(accepted.wait(15000));
        const auto location = DatabaseLocation::parse(dialog.location(), nullptr);
        QVERIFY(location);
        QCOMPARE(location->key(), DatabaseLocation::parse(database.location(), nullptr)->key());

        // In the keychain, under the database's key ...
        QString kept;
        bool answered = false;
        DatabasePasswords::read(*location, this, [&](const SecretResult &result, const QString &password) {
            answered = true;
            QVERIFY2(result.ok, qPrintable(result.message));
            kept = password;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(kept, secret);
        // ... and nowhere in the settings, even once the database is a recent one.
        RecentDatabases::add(dialog.location());
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains("RecentDatabases"));
        QVERIFY(!stored.contains(secret.toUtf8()));

        bool removed = false;
        DatabasePasswords::remove(*location, this, [&](const SecretResult &result) { removed = result.ok; });
        QTRY_VERIFY(removed);
        answered = false;
        DatabasePasswords::read(*location, this, [&](const SecretResult &result, const QString &) {
            answered = true;
            QCOMPARE(result.error, SecretError::NotFound);
        });
        QTRY_VERIFY(answered);
        Database::setSessionPassword(*location, QString());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TeamDatabaseDialogTest)
#include "test_teamdatabasedialog.moc"
