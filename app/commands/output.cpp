// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/output.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace EpisodeDesk::App::Commands {

namespace {

// Rows between flushes: a pipe sees output every few kilobytes, without a write per row.
constexpr qint64 rowsPerFlush = 256;

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("EpisodeDesk::App::Commands", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("EpisodeDesk::App::Commands", text, disambiguation, n);
}

namespace {

QTextStream *&currentOut()
{
    static QTextStream standardOutput(stdout);
    static QTextStream *current = &standardOutput;
    return current;
}

} // namespace

QTextStream &out()
{
    return *currentOut();
}

OutputCapture::OutputCapture() : m_stream(&m_text), m_previous(currentOut())
{
    currentOut() = &m_stream;
}

OutputCapture::~OutputCapture()
{
    currentOut() = m_previous;
}

QString OutputCapture::text()
{
    m_stream.flush();
    return m_text;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << message << Qt::endl;
    return code;
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString localTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return tr("—");
    }
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    // The C locale (cron, systemd, scripts) keeps the ISO form, which sorts and parses; a person's
    // locale gets its own ("03.12.26 09:30 CET"), as the window shows it.
    if (locale.language() == QLocale::C) {
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    }
    return locale.toString(local, QLocale::ShortFormat) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? tr("—") : text;
}

ListOutput::ListOutput(bool json) : m_json(json)
{
    if (m_json) {
        out() << '[';
    }
}

bool ListOutput::addLine(const QString &line)
{
    out() << line << '\n';
    return rowWritten();
}

bool ListOutput::addObject(const QJsonObject &object)
{
    // The same values, keys in the same order, as the whole-document output this replaced.
    out() << (m_rows == 0 ? "\n" : ",\n") << QJsonDocument(object).toJson(QJsonDocument::Compact);
    return rowWritten();
}

bool ListOutput::rowWritten()
{
    ++m_rows;
    if (m_rows % rowsPerFlush == 0) {
        out().flush();
    }
    // QTextStream also flushes by itself when its buffer fills; either write may be the one that fails.
    return out().status() == QTextStream::Ok;
}

int ListOutput::finish()
{
    if (m_json) {
        out() << "\n]\n";
    }
    out().flush();
    if (out().status() != QTextStream::Ok) {
        return fail(ExitError, tr("Cannot write to standard output (was it closed?); the list is incomplete."));
    }
    return ExitOk;
}

int ListOutput::failed(const QString &message)
{
    out().flush();
    return fail(ExitError, message);
}

} // namespace EpisodeDesk::App::Commands
