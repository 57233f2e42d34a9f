// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "commandline.h"
#include "recentdatabases.h"
#include "store/database.h"
#include "store/demodata.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>

using namespace EpisodeDesk;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EpisodeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EPISODEDESK_VERSION));

    // Informational logging is for developers (QT_LOGGING_RULES overrides this); users see messages.
    QLoggingCategory::setFilterRules(QStringLiteral("episodedesk.*.debug=false\nepisodedesk.*.info=false"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Subcommands need no display: scripts, cron and the headless scheduler run them on servers.
    if (App::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        Translations::install();
        return App::runCommandLine(app.arguments());
    }

    // A 150 % or 125 % screen gets exactly that scale, not one rounded to 1× or 2×: the window keeps
    // the size the desktop asks for, and the SVG icons and fonts render at the real pixel density.
    // PassThrough is Qt 6's default; said here because it only takes effect before QApplication exists,
    // and so that nobody "fixes" a blurry bitmap by rounding the scale instead of drawing it in SVG.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    Translations::install();
    QApplication::setApplicationDisplayName(QStringLiteral("EpisodeDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/episodedesk/icons/episodedesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral(EPISODEDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Keeps your podcast's episodes and posts their announcement tweets to X, "
                                "each at most once. Run 'episodedesk help' for the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"),
         QApplication::translate("main", "Open this database: a file, or a team database's postgresql:// address."),
         QApplication::translate("main", "PATH")});
    parser.addOption({QStringLiteral("demo"),
                      QApplication::translate("main", "Open the demo show (its own database, a Sandbox account).")});
    parser.process(app);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    QString location = parser.value(QStringLiteral("db"));
    // Without --db: the database opened last (File → Open…), else the user's own.
    bool remembered = false;
    if (location.isEmpty() && !demo) {
        location = Ui::RecentDatabases::last();
        remembered = !location.isEmpty() && location != Models::Database::defaultPath();
    }
    if (location.isEmpty()) {
        location = demo ? Models::DemoData::defaultPath() : Models::Database::defaultPath();
    }
    App::Application application(demo);
    QObject::connect(&application, &App::Application::started, &app, [&](bool ok, const QString &error) {
        if (ok) {
            QApplication::setQuitOnLastWindowClosed(true);
            return;
        }
        if (remembered) {
            // The last database may be a team database whose server is away today: the user's own
            // database opens instead, and Open Recent still lists the other one.
            remembered = false;
            // Closing this box, the only window so far, must not end the application.
            QApplication::setQuitOnLastWindowClosed(false);
            QMessageBox::warning(nullptr, QApplication::translate("main", "EpisodeDesk cannot open the last database"),
                                 QApplication::translate("main",
                                                         "%1\n\nEpisodeDesk opens your own database instead; "
                                                         "File → Open Recent lists the other one.")
                                     .arg(error));
            application.start(Models::Database::defaultPath());
            return;
        }
        QMessageBox::critical(nullptr, QApplication::translate("main", "EpisodeDesk cannot open its database"), error);
        QCoreApplication::exit(1);
    });
    application.start(location);
    return app.exec();
}
