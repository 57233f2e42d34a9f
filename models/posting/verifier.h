// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "domain/types.h"
#include "posting/postingstore.h"
#include "posting/postoutcome.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <chrono>
#include <functional>
#include <memory>

namespace EpisodeDesk::Models {

class XClient;

// Step 5 of the posting protocol (DESIGN.md): asks X whether an unknown tweet was published, and
// settles it only on an exact answer.
//
//     Verifier verifier(client, connection, settings, store, credentials, apiBase, this);
//     connect(&verifier, &Verifier::finished, …);
//     verifier.verify(configId, /*automatic*/ false);
//
// It reads the account's posts over the window from the tweet's first unresolved attempt to its last
// deadline (± the skew), every page up to a cap, and matches each post exactly (matchPost: the text,
// and each t.co link's expanded URL). A post id another config owns is never taken (checked in the
// settling transaction). "Not published" only after the last deadline plus the safe delay, on a
// complete listing, and never when X answered "duplicate content". Anything less certain keeps the
// tweet unknown with the reason and plans the next automatic verification (capped backoff). Each page
// read is recorded in x_reads (UsageStore::recordRead), because X bills it.
//
// It lives on the posting worker's thread and uses the worker's connection, X client and keys, which
// the PostingService lends it; it holds no state between verifications but which ones are running.
class Verifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verifier)

public:
    struct Settings
    {
        std::chrono::milliseconds requestTimeout {30000}; // for attempts stored without a deadline
        std::chrono::seconds safeDelay {120};
        std::chrono::seconds skew {300};
        std::chrono::milliseconds maxDelay {std::chrono::minutes(30)};
        std::function<QDateTime()> clock;
    };
    using CredentialsCallback = std::function<void(bool ok, const XCredentials &, const QString &error)>;
    using Credentials = std::function<void(const Account &, CredentialsCallback)>;

    Verifier(XClient *client, const QSqlDatabase &db, Settings settings, std::function<PostingStore()> store,
             Credentials credentials, std::function<QUrl(const Account &)> apiBase, QObject *parent = nullptr);
    ~Verifier() override;

    // Answers with finished() exactly once, later or now.
    void verify(qint64 configId, bool automatic);
    bool isVerifying(qint64 configId) const { return m_verifying.contains(configId); }

    // At most this many pages of the account's posts (100 each) are read for one verification.
    static constexpr int kMaxTimelinePages = 10;

Q_SIGNALS:
    void finished(const EpisodeDesk::Models::PostOutcome &outcome);
    void tweetChanged(qint64 configId);

private:
    struct Verification;

    void readTimeline(const std::shared_ptr<Verification> &verification, const QString &paginationToken);
    void recordRead(const Verification &verification, int resources);
    void conclude(const std::shared_ptr<Verification> &verification);
    void emitVerify(const PostOutcome &outcome);

    XClient *m_client; // not owned
    QSqlDatabase m_db;
    Settings m_settings;
    std::function<PostingStore()> m_store;
    Credentials m_credentials;
    std::function<QUrl(const Account &)> m_apiBase;
    QSet<qint64> m_verifying;
};

} // namespace EpisodeDesk::Models
