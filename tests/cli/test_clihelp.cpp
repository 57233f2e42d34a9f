// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Tests;

// --version, help, the man page and the completions: all read from the command table and each
// command's own parser, so an option a parser takes is documented and completed.
class TestCliHelp final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_commands; // "accounts add", "post", … as `help` lists them

    // Runs `shell` on a script and returns what it printed; fails the test on a non-zero exit.
    static QString runShell(const QString &shell, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(shell), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning().noquote() << shell << arguments << process.readAllStandardError();
            return QStringLiteral("<failed>");
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString writeCompletion(const QString &shell)
    {
        const CliResult script = runCli({QStringLiteral("completion"), shell});
        if (script.exitCode != 0) {
            return {};
        }
        const QString path = m_dir.filePath(QStringLiteral("completion.") + shell);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(script.out.toUtf8()) < 0) {
            return {};
        }
        return path;
    }

    // The options `WORDS --help` lists, without --help and --help-all.
    static QStringList optionsOf(const QString &help)
    {
        static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[\\w-]+)"),
                                               QRegularExpression::MultilineOption);
        QStringList names;
        for (const QRegularExpressionMatch &match : option.globalMatch(help)) {
            if (match.captured(1) != QLatin1String("--help") && match.captured(1) != QLatin1String("--help-all")) {
                names.append(match.captured(1));
            }
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliResult help = runCli({QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        const qsizetype start = help.out.indexOf(QLatin1String("Commands:\n"));
        const qsizetype end = help.out.indexOf(QLatin1String("\n\n"), start);
        QVERIFY(start > 0 && end > start);
        for (const QString &line : help.out.mid(start, end - start).split(QLatin1Char('\n')).mid(1)) {
            const QStringList words = line.trimmed().split(QLatin1Char(' '));
            // "  tweets add   Adds a tweet…": one or two lowercase words before the summary.
            m_commands.append(words.value(1).isEmpty() || !words.value(1).at(0).isLower()
                                  ? words.value(0)
                                  : words.value(0) + QLatin1Char(' ') + words.value(1));
        }
        QVERIFY2(m_commands.contains(QStringLiteral("tweets add")), qPrintable(m_commands.join(QLatin1Char(','))));
        QVERIFY(m_commands.contains(QStringLiteral("post")));
        QVERIFY(m_commands.size() > 20);
    }

    void versionPrintsTheVersion()
    {
        const CliResult result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^episodedesk \\d+\\.\\d+\\.\\d+\\s*$")).match(result.out).hasMatch(),
            qPrintable(result.out));
    }

    void helpAndDashDashHelpAgree()
    {
        const CliResult help = runCli({QStringLiteral("help")});
        const CliResult dashed = runCli({QStringLiteral("--help")});
        QCOMPARE(dashed.exitCode, 0);
        QCOMPARE(dashed.out, help.out);
        QVERIFY(help.out.contains(QLatin1String("Exit codes:")));
        QVERIFY(help.out.contains(QLatin1String("  5  ")));
    }

    void unknownCommandsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("help of nothing") << QStringList {"help", "nothing"};
        QTest::newRow("help of a subcommand that is not") << QStringList {"help", "tweets", "fly"};
        QTest::newRow("a subcommand that is not") << QStringList {"tweets", "fly"};
        QTest::newRow("completion for no shell") << QStringList {"completion", "tcsh"};
    }
    void unknownCommandsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }

    // For every command: `help WORDS` is its own --help, and each of its options is in the man page
    // and in every shell's completion.
    void everyOptionIsDocumentedAndCompleted()
    {
        const CliResult man = runCli({QStringLiteral("help"), QStringLiteral("--man")});
        QCOMPARE(man.exitCode, 0);
        QMap<QString, QString> scripts;
        for (const QString &shell : {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")}) {
            const CliResult script = runCli({QStringLiteral("completion"), shell});
            QCOMPARE(script.exitCode, 0);
            scripts.insert(shell, script.out);
        }
        int options = 0;
        for (const QString &command : std::as_const(m_commands)) {
            if (command == QLatin1String("help") || command == QLatin1String("completion")) {
                continue;
            }
            const QStringList words = command.split(QLatin1Char(' '));
            const CliResult own = runCli(words + QStringList {QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            const CliResult help = runCli(QStringList {QStringLiteral("help")} + words);
            QCOMPARE(help.exitCode, 0);
            // `help prices` shows prices and prices set: the command's own help comes first.
            QVERIFY2(help.out.startsWith(own.out), qPrintable(help.out));
            QVERIFY2(own.out.startsWith(QLatin1String("Usage: episodedesk ") + command), qPrintable(own.out));
            QVERIFY2(man.out.contains(QLatin1String(".SS \"episodedesk ") + command), qPrintable(command));
            for (const QString &option : optionsOf(own.out)) {
                QString roff = option;
                roff.replace(QLatin1Char('-'), QLatin1String("\\-"));
                QVERIFY2(man.out.contains(QLatin1String("\\fB") + roff + QLatin1String("\\fR")),
                         qPrintable(command + QLatin1Char(' ') + option + QLatin1String(" not in the man page")));
                QVERIFY2(scripts.value(QStringLiteral("bash")).contains(option), qPrintable(option));
                QVERIFY2(scripts.value(QStringLiteral("zsh")).contains(option), qPrintable(option));
                QVERIFY2(scripts.value(QStringLiteral("fish")).contains(QLatin1String(" -l ") + option.mid(2)),
                         qPrintable(option));
                ++options;
            }
        }
        QVERIFY2(options > 40, qPrintable(QString::number(options)));
    }

    // man renders the page without a warning, with the sections a man page has.
    void theManPageRenders()
    {
        const CliResult man = runCli({QStringLiteral("help"), QStringLiteral("--man")});
        QCOMPARE(man.exitCode, 0);
        const QString path = m_dir.filePath(QStringLiteral("episodedesk.1"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(man.out.toUtf8()) > 0);
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        env.remove(QStringLiteral("MAN_KEEP_FORMATTING")); // plain text: no overstrike for bold
        process.setProcessEnvironment(env);
        const QString manProgram = QStandardPaths::findExecutable(QStringLiteral("man"));
        QVERIFY2(!manProgram.isEmpty(), "man is not installed (cmake/dev.sh installs man-db)");
        process.start(manProgram, {QStringLiteral("--warnings"), QStringLiteral("-l"), path});
        QVERIFY(process.waitForFinished(30000));
        const QString warnings = QString::fromUtf8(process.readAllStandardError());
        const QString page = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        for (const char *section :
             {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES"}) {
            QVERIFY2(page.contains(QLatin1String("\n") + QLatin1String(section) + QLatin1String("\n")), section);
        }
        QVERIFY(page.contains(QLatin1String("episodedesk tweets add")));
        QVERIFY(page.contains(QLatin1String("EPISODEDESK_MACHINE_ID")));
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line"); // the words typed, the last one being completed
        QTest::addColumn<QString>("expected"); // COMPREPLY, space-separated
        QTest::newRow("a group") << "episodedesk twe"
                                 << "tweets";
        QTest::newRow("a subcommand") << "episodedesk tweets a"
                                      << "add";
        QTest::newRow("after --db") << "episodedesk --db show.sqlite tweets a"
                                    << "add";
        QTest::newRow("an option") << "episodedesk tweets add --te"
                                   << "--text";
        QTest::newRow("a group that is the command") << "episodedesk post 3 --ti"
                                                     << "--timeout";
        QTest::newRow("an option's value is not completed") << "episodedesk tweets add --text "
                                                            << "";
        QTest::newRow("a shell") << "episodedesk completion f"
                                 << "fish";
    }
    void bashCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QString script = writeCompletion(QStringLiteral("bash"));
        QVERIFY(!script.isEmpty());
        QStringList words = line.split(QLatin1Char(' '));
        QString array;
        for (const QString &word : words) {
            array += QLatin1String(" '") + word + QLatin1Char('\'');
        }
        const QString program = QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _episodedesk; "
                                               "echo \"${COMPREPLY[*]}\"")
                                    .arg(script, array)
                                    .arg(words.size() - 1);
        QCOMPARE(runShell(QStringLiteral("bash"), {QStringLiteral("-c"), program}).trimmed(), expected);
    }

    void zshAndFishCompletionsLoad()
    {
        const QString zsh = writeCompletion(QStringLiteral("zsh"));
        QVERIFY(!zsh.isEmpty());
        QVERIFY(runShell(QStringLiteral("zsh"), {QStringLiteral("-n"), zsh}) != QLatin1String("<failed>"));
        const QString fish = writeCompletion(QStringLiteral("fish"));
        QVERIFY(!fish.isEmpty());
        const QString offered =
            runShell(QStringLiteral("fish"),
                     {QStringLiteral("-c"),
                      QStringLiteral("source '%1'; complete -C'episodedesk tweets a'; complete -C'episodedesk "
                                     "tweets add --te'")
                          .arg(fish)});
        QVERIFY2(offered.contains(QLatin1String("add\tAdds a tweet")), qPrintable(offered));
        QVERIFY2(offered.contains(QLatin1String("--text\t")), qPrintable(offered));
    }

    // LANGUAGE=de: the help is German, dates take the German form; the man page stays as generated.
    void helpSpeaksTheUsersLanguage()
    {
        QObject owner;
        QProcess *process = startCli({QStringLiteral("help")}, &owner,
                                     {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                                      {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        const CliResult german = finishCli(process);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QLatin1String("Befehle:")), qPrintable(german.out));
        QVERIFY2(german.out.contains(QLatin1String("  tweets add ")), qPrintable(german.out));
        QVERIFY(!german.out.contains(QLatin1String("Adds a tweet to an episode.")));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "test_clihelp.moc"
