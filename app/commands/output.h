// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace EpisodeDesk::App {

// Exit codes of the command line; scripts depend on them (README "Command line").
enum ExitCode
{
    ExitOk = 0,
    ExitError = 1, // missing id, bad database, keychain, other errors
    ExitUsage = 2, // wrong arguments
    ExitRefused = 3, // refused by state: already posted, already posting, unknown, disabled
    ExitFailed = 4, // not published, and the message says why (rate limited until …, unauthorized, …)
    ExitUnknown = 5, // may be published: run verify
};

namespace Commands {

// The command line's translation context, one for every command group: "EpisodeDesk::App::Commands",
// the context lupdate gives a tr() call in this namespace. Classes in it that say something declare
// the same context (Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::App::Commands)), so that one .ts context
// holds the whole command line.
QString tr(const char *text);
// The same with a count: "%n tweets" in the translated plural form.
QString tr(const char *text, const char *disambiguation, int n);

QTextStream &out();
QTextStream &err();

// While it lives, out() writes into text() instead of standard output: `help` runs a command with
// --help in-process and reads what its own parser prints (reference.cpp).
class OutputCapture final
{
public:
    OutputCapture();
    ~OutputCapture();
    Q_DISABLE_COPY_MOVE(OutputCapture)

    QString text();

private:
    QString m_text;
    QTextStream m_stream;
    QTextStream *m_previous;
};

// Prints `message` on standard error and returns `code`, so a command can `return fail(…)`.
int fail(int code, const QString &message);

// JSON times are ISO 8601 in UTC ("…Z"), null when there is none; empty text is null too.
QJsonValue jsonTime(const QDateTime &time);
QJsonValue jsonText(const QString &text);

// Text output is for a person: local time with its zone, and a dash for nothing.
QString localTime(const QDateTime &time);
QString orDash(const QString &text);

// A list written to standard output while its rows are still being read (see the stores' forEach), so
// that its length costs no memory and a pipe gets the first rows at once. JSON is one array with an
// element a line; text is a line a row. The add functions return false once standard output cannot
// be written (the reader went away while SIGPIPE is ignored): stop reading then, and finish() says so.
class ListOutput final
{
    // The command line's one translation context, as the free tr() above.
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::App::Commands)

public:
    explicit ListOutput(bool json);
    Q_DISABLE_COPY_MOVE(ListOutput)

    bool json() const { return m_json; }
    bool addLine(const QString &line);
    bool addObject(const QJsonObject &object);
    // Ends the list: ExitOk, or ExitError with a message when standard output could not take it all.
    int finish();
    // Reading the rows failed part way: what was written stays, the JSON array is left open (a parser
    // must not take a cut-off list for a whole one), and `message` goes to standard error.
    int failed(const QString &message);

private:
    bool rowWritten();

    bool m_json = false;
    qint64 m_rows = 0;
};

} // namespace Commands

} // namespace EpisodeDesk::App
