// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultplan.h"

#include "sandbox/xformats.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcFaults, "episodedesk.sandbox.faults")

template<typename Enum> std::optional<Enum> enumFromName(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0) {
            return static_cast<Enum>(meta.value(i));
        }
    }
    return std::nullopt;
}

template<typename Enum> QLatin1String enumName(Enum value)
{
    return QLatin1String(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

// resetAt as Unix seconds (what X's x-rate-limit-reset carries) or an ISO time (what a person types).
bool readResetAt(const QJsonValue &value, QDateTime *resetAt, QString *error)
{
    if (value.isDouble()) {
        *resetAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
    } else if (value.isString()) {
        *resetAt = XFormats::parseTime(value.toString());
        if (!resetAt->isValid()) {
            *error = QStringLiteral("resetAt is neither Unix seconds nor an ISO 8601 time");
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonValue &value, QString *error)
{
    const QJsonObject object = value.toObject();
    const QString kindName = object.value(QStringLiteral("kind")).toString();
    const auto kind = enumFromName<Kind>(kindName);
    if (!kind) {
        *error = QStringLiteral("unknown fault kind '%1'").arg(kindName);
        return std::nullopt;
    }
    SandboxFault fault;
    fault.kind = *kind;
    fault.count = object.value(QStringLiteral("count")).toInt(1);
    fault.delayMs = object.value(QStringLiteral("delayMs")).toInt(0);
    if (object.contains(QStringLiteral("endpoint"))) {
        const QString endpointName = object.value(QStringLiteral("endpoint")).toString();
        const auto endpoint = enumFromName<Endpoint>(endpointName);
        if (!endpoint) {
            *error = QStringLiteral("unknown endpoint '%1'").arg(endpointName);
            return std::nullopt;
        }
        fault.endpoint = *endpoint;
    }
    if (!readResetAt(object.value(QStringLiteral("resetAt")), &fault.resetAt, error)) {
        return std::nullopt;
    }
    if (fault.count <= 0 || fault.delayMs < 0) {
        *error = QStringLiteral("count must be positive and delayMs not negative");
        return std::nullopt;
    }
    return fault;
}

QLatin1String SandboxFault::name(Kind kind)
{
    return enumName(kind);
}

QLatin1String SandboxFault::name(Endpoint endpoint)
{
    return enumName(endpoint);
}

void FaultPlan::add(const SandboxFault &given)
{
    if (given.count <= 0) {
        return;
    }
    SandboxFault fault = given;
    if (fault.kind == SandboxFault::Kind::ExpiredCode || fault.kind == SandboxFault::Kind::InvalidGrant) {
        fault.endpoint = SandboxFault::Endpoint::Token;
    }
    qCInfo(lcFaults) << "Fault" << SandboxFault::name(fault.kind) << "for the next" << fault.count << "requests on"
                     << SandboxFault::name(fault.endpoint);
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    m_faults.clear();
}

int FaultPlan::pendingCount() const
{
    int count = 0;
    for (const SandboxFault &fault : m_faults) {
        count += fault.count;
    }
    return count;
}

std::optional<SandboxFault> FaultPlan::take(SandboxFault::Endpoint endpoint,
                                            const std::function<bool(const SandboxFault &)> &applies)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const SandboxFault fault = m_faults.at(i);
        if ((fault.endpoint == endpoint || fault.endpoint == SandboxFault::Endpoint::Any) &&
            (!applies || applies(fault))) {
            if (--m_faults[i].count <= 0) {
                m_faults.removeAt(i);
            }
            return fault;
        }
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::Models
