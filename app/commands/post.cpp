// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk post ID | verify ID: one tweet, through the posting service, at most once
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "posting/postingservice.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "store/accountstore.h"
#include "store/tweetstore.h"

#include <QEventLoop>

#include <memory>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

int reportRefusal(const PostOutcome &outcome)
{
    switch (outcome.refusal) {
    case ClaimRefusal::AlreadyPosted:
        return fail(
            ExitRefused,
            tr("already posted: %1").arg(outcome.postUrl.isEmpty() ? outcome.postId : outcome.postUrl.toString()));
    case ClaimRefusal::AlreadyPosting:
        return fail(ExitRefused, tr("already posting: %1").arg(outcome.message));
    case ClaimRefusal::NeedsVerify:
        return fail(ExitRefused, tr("unknown, verify first: %1").arg(outcome.message));
    case ClaimRefusal::Disabled:
        return fail(ExitRefused, tr("disabled: %1").arg(outcome.message));
    case ClaimRefusal::NotFound:
    case ClaimRefusal::DatabaseError:
        return fail(ExitError, outcome.message);
    case ClaimRefusal::None:
        // verify on a tweet that is not unknown
        return fail(ExitRefused, outcome.message);
    case ClaimRefusal::RateLimited:
        return fail(
            ExitFailed,
            tr("rate limited until %1: %2").arg(outcome.retryAt.toLocalTime().toString(Qt::ISODate), outcome.message));
    case ClaimRefusal::UsageCapped:
    case ClaimRefusal::InvalidText:
    case ClaimRefusal::NoAccount:
    case ClaimRefusal::NoCredentials:
    case ClaimRefusal::ImagesMissing:
    case ClaimRefusal::UploadFailed:
    case ClaimRefusal::ImagesChanged:
    case ClaimRefusal::Busy:
        return fail(ExitFailed, tr("not published: %1").arg(outcome.message));
    }
    return fail(ExitError, outcome.message);
}

int report(const PostOutcome &outcome, bool verify)
{
    switch (outcome.kind) {
    case PostOutcome::Kind::Posted: {
        const QString where = outcome.postUrl.isEmpty() ? outcome.postId : outcome.postUrl.toString();
        out() << (verify ? tr("posted (verified): %1") : tr("posted: %1")).arg(where) << Qt::endl;
        return ExitOk;
    }
    case PostOutcome::Kind::Failed:
        if (verify) {
            out() << tr("not published (verified): %1").arg(outcome.message) << Qt::endl;
            return ExitOk;
        }
        return fail(ExitFailed, tr("failed, not published: %1").arg(outcome.message));
    case PostOutcome::Kind::Unknown:
        return fail(ExitUnknown,
                    tr("unknown: %1").arg(outcome.message) +
                        (verify ? QString() : tr(" Run: episodedesk verify %1").arg(outcome.configId)));
    case PostOutcome::Kind::Refused:
        return reportRefusal(outcome);
    case PostOutcome::Kind::Error:
        break;
    }
    return fail(ExitError, outcome.message);
}

// The service for one request and out: no background recovery or verification of other tweets.
PostingService::Options serviceOptions(const Subcommand &command, const QString &databasePath, bool verify)
{
    PostingService::Options options;
    options.databasePath = databasePath;
    bool ok = false;
    if (const int seconds = command.value("timeout").toInt(&ok); ok && seconds > 0) {
        options.requestTimeout = std::chrono::seconds(seconds);
    }
    if (const int seconds = verify ? command.value("safe-delay").toInt(&ok) : -1; verify && ok && seconds >= 0) {
        options.verifySafeDelay = std::chrono::seconds(seconds);
    }
    options.checkInterval = std::chrono::milliseconds(0);
    return options;
}

// Posts or verifies tweet `id` and waits for its outcome (or for the service failing to start).
int postOnce(const PostingService::Options &options, qint64 id, bool verify)
{
    PostingService service(options);
    QEventLoop loop;
    PostOutcome outcome;
    bool startFailed = false;
    QObject::connect(&service, &PostingService::started, &loop, [&](bool started, const QString &error) {
        if (!started) {
            startFailed = true;
            outcome.message = error;
            loop.quit();
        }
    });
    const auto done = [&, configId = id](const PostOutcome &result) {
        if (result.configId != configId) {
            return;
        }
        outcome = result;
        loop.quit();
    };
    QObject::connect(&service, verify ? &PostingService::verifyFinished : &PostingService::postFinished, &loop, done);
    QObject::connect(&service, &PostingService::accountWarning, &loop,
                     [](qint64, const QString &message) { err() << message << Qt::endl; });
    service.start();
    verify ? service.verify(id) : service.post(id);
    loop.exec();
    if (startFailed) {
        return fail(ExitError, outcome.message);
    }
    return report(outcome, verify);
}

int postOrVerify(Invocation &invocation, bool verify)
{
    Subcommand command(invocation, 2,
                       verify ? tr("Asks X whether a tweet whose outcome is unknown was published, and settles it.")
                              : tr("Posts one tweet now, at most once."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
    command.parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for X (default 30)."), tr("SECONDS")});
    if (verify) {
        command.parser.addOption({QStringLiteral("safe-delay"),
                                  tr("Settle as not published only when the attempt is this many seconds old "
                                     "(default 120)."),
                                  tr("SECONDS")});
    }
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto id = parseId(command.parser.positionalArguments().value(0));
    if (!id || command.parser.positionalArguments().size() != 1) {
        return fail(ExitUsage, tr("Give exactly one tweet id."));
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    const auto config = TweetStore(invocation.connection()).find(*id);
    if (!config) {
        return fail(ExitError, tr("There is no tweet %1.").arg(*id));
    }
    const auto account = AccountStore(invocation.connection()).find(config->accountId);
    invocation.database().close();

    PostingService::Options options = serviceOptions(command, invocation.databasePath(), verify);
    std::unique_ptr<SandboxHost> sandbox;
    if (account && account->kind == AccountKind::Sandbox) {
        sandbox = std::make_unique<SandboxHost>(SandboxHost::storageFileFor(invocation.databasePath()));
        options.sandboxBaseUrl = [host = sandbox.get()] {
            return host->start() ? host->baseUrl() : QUrl();
        };
    } else {
        options.secretStoreFactory = [](QObject *parent) -> SecretStore * {
            return new KeychainSecretStore(parent);
        };
    }
    return postOnce(options, *id, verify);
}

} // namespace

std::optional<int> runPost(Invocation &invocation)
{
    return postOrVerify(invocation, false);
}

std::optional<int> runVerify(Invocation &invocation)
{
    return postOrVerify(invocation, true);
}

} // namespace EpisodeDesk::App::Commands
