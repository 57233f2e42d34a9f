// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddate.h"

#include <QList>

#include <array>
#include <optional>

namespace EpisodeDesk::Models {

namespace {

using namespace Qt::StringLiterals;

std::optional<int> monthOf(QStringView word)
{
    static constexpr std::array<const char *, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3) {
        return std::nullopt;
    }
    const QString prefix = word.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1String(kMonths[size_t(i)])) {
            return i + 1;
        }
    }
    return std::nullopt;
}

// Minutes east of UTC for a zone word, or nullopt when it is not one.
std::optional<int> zoneOffsetMinutes(QStringView zone)
{
    if (zone.isEmpty()) {
        return 0;
    }
    if (zone.front() == u'+' || zone.front() == u'-') {
        QString digits = zone.mid(1).toString();
        digits.remove(u':');
        bool ok = false;
        const int value = digits.toInt(&ok);
        if (!ok || (digits.size() != 4 && digits.size() != 2)) {
            return std::nullopt;
        }
        const int minutes = digits.size() == 4 ? (value / 100) * 60 + value % 100 : value * 60;
        if (minutes > 14 * 60) {
            return std::nullopt;
        }
        return zone.front() == u'-' ? -minutes : minutes;
    }
    const QString upper = zone.toString().toUpper();
    struct Named
    {
        const char *name;
        int hours;
    };
    static constexpr std::array<Named, 14> kNamed = {{{"GMT", 0},
                                                      {"UT", 0},
                                                      {"UTC", 0},
                                                      {"Z", 0},
                                                      {"EST", -5},
                                                      {"EDT", -4},
                                                      {"CST", -6},
                                                      {"CDT", -5},
                                                      {"MST", -7},
                                                      {"MDT", -6},
                                                      {"PST", -8},
                                                      {"PDT", -7},
                                                      {"BST", 1},
                                                      {"CET", 1}}};
    for (const Named &named : kNamed) {
        if (upper == QLatin1String(named.name)) {
            return named.hours * 60;
        }
    }
    if (upper == "CEST"_L1) {
        return 120;
    }
    // RFC 822's military zones: A–I, K–M east, N–Y west (RFC 2822 says treat them as -0000, but
    // feeds that write them mean them).
    if (upper.size() == 1) {
        const char c = upper.at(0).toLatin1();
        if (c >= 'A' && c <= 'I') {
            return (c - 'A' + 1) * 60;
        }
        if (c >= 'K' && c <= 'M') {
            return (c - 'K' + 10) * 60;
        }
        if (c >= 'N' && c <= 'Y') {
            return -(c - 'N' + 1) * 60;
        }
    }
    return std::nullopt;
}

QDateTime parseRfc822(QStringView text)
{
    QString cleaned = text.trimmed().toString();
    cleaned.replace(u',', u' ');
    QList<QStringView> words;
    for (QStringView word : QStringView(cleaned).split(u' ', Qt::SkipEmptyParts)) {
        words.append(word);
    }
    // An optional day name ("Tue", "Tuesday") leads.
    if (!words.isEmpty() && !words.front().isEmpty() && words.front().front().isLetter() && !monthOf(words.front())) {
        words.removeFirst();
    }
    if (words.size() < 3) {
        return {};
    }
    // "02 Dec 2026" and, from some generators, "Dec 02 2026".
    bool ok = false;
    int day = words.at(0).toInt(&ok);
    std::optional<int> month = monthOf(words.at(1));
    if (!ok || !month) {
        month = monthOf(words.at(0));
        day = words.at(1).toInt(&ok);
        if (!ok || !month) {
            return {};
        }
    }
    int year = words.at(2).toInt(&ok);
    if (!ok || year < 0) {
        return {};
    }
    if (words.at(2).size() <= 2) {
        year += year < 70 ? 2000 : 1900; // RFC 2822 §4.3
    } else if (words.at(2).size() == 3) {
        year += 1900;
    }
    QTime time(0, 0);
    qsizetype next = 3;
    if (words.size() > next && words.at(next).contains(u':')) {
        const QList<QStringView> parts = words.at(next).split(u':');
        bool okH = false;
        bool okM = false;
        bool okS = true;
        const int hour = parts.value(0).toInt(&okH);
        const int minute = parts.value(1).toInt(&okM);
        const int second = parts.size() > 2 ? parts.at(2).toInt(&okS) : 0;
        time = QTime(hour, minute, second);
        if (!okH || !okM || !okS || parts.size() > 3 || !time.isValid()) {
            return {};
        }
        ++next;
    }
    int offset = 0;
    if (words.size() > next) {
        // "GMT+0100" as some write it.
        QStringView zone = words.at(next);
        if (zone.size() > 3 && (zone.startsWith(u"GMT") || zone.startsWith(u"UTC")) &&
            (zone.at(3) == u'+' || zone.at(3) == u'-')) {
            zone = zone.mid(3);
        }
        const std::optional<int> minutes = zoneOffsetMinutes(zone);
        if (!minutes) {
            return {};
        }
        offset = *minutes;
        ++next;
    }
    // A parenthesised comment such as "(PST)" may follow; anything else is not a date.
    if (words.size() > next && !words.at(next).startsWith(u'(')) {
        return {};
    }
    const QDate date(year, *month, day);
    if (!date.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset * 60).toUTC();
}

} // namespace

QDateTime parseFeedDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    // ISO 8601, as Atom-minded generators put in pubDate: "2026-12-02T10:00:00Z", "2026-12-02".
    if (trimmed.size() >= 10 && trimmed.at(4) == u'-' && trimmed.at(7) == u'-') {
        QDateTime iso = QDateTime::fromString(trimmed.toString(), Qt::ISODateWithMs);
        if (!iso.isValid()) {
            iso = QDateTime::fromString(trimmed.toString(), Qt::ISODate);
        }
        if (iso.isValid()) {
            if (iso.timeSpec() == Qt::LocalTime) {
                iso.setTimeSpec(Qt::UTC); // no zone: UTC, as for RFC 822 without one
            }
            return iso.toUTC();
        }
        return {};
    }
    return parseRfc822(trimmed);
}

qint64 parseFeedDuration(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return -1;
    }
    const QList<QStringView> parts = trimmed.split(u':');
    if (parts.size() > 3) {
        return -1;
    }
    qint64 seconds = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringView part = parts.at(i);
        const bool last = i == parts.size() - 1;
        if (last) {
            const qsizetype dot = part.indexOf(u'.');
            if (dot >= 0) {
                part = part.left(dot); // fractions of a second are dropped
            }
        }
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!ok || value < 0 || (i > 0 && value >= 60)) {
            return -1;
        }
        seconds = seconds * 60 + value;
    }
    return seconds;
}

} // namespace EpisodeDesk::Models
