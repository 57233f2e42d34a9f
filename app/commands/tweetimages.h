// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The images of `tweets add` and `tweets edit`: --image PATH, --episode-artwork, each with the --alt TEXT
// given after it, checked and copied into the media store before the tweet changes.

#include "media/tweetimage.h"

#include <QCommandLineParser>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace EpisodeDesk::App::Commands {

// One --image or --episode-artwork, with its --alt.
struct ImageArgument
{
    QString path; // empty for the episode's artwork
    QString alt; // NFC, as X counts it
    bool hasAlt = false;
};

// Adds --image, --alt and --episode-artwork to `parser`.
void addImageOptions(QCommandLineParser &parser);

// Reads the image options in the order they were given (QCommandLineParser keeps that order only in
// optionNames()). Nothing when none was given; on a usage error (an --alt before any image, two for
// one, more than X takes, an alt text too long) prints it and sets *usageError.
QList<ImageArgument> imageArguments(const QCommandLineParser &parser, bool *usageError);

// Checks every image (reading files, downloading the episode's artwork), and only when all pass copies
// them into the media store, notes on standard error what was re-encoded or lacks alt text, and
// returns them in order with their alt text. Nothing, with the sentence printed, when one is refused;
// then no image was stored.
std::optional<QList<Models::TweetImage>> storeImages(const QSqlDatabase &db, qint64 episodeId,
                                                     const QList<ImageArgument> &arguments);

// After a tweet lost images (deleted, images replaced, a refused change): drops what nothing uses.
// A failure only leaves unused files behind, so it is a note, never the command's failure.
void removeUnusedImages(const QSqlDatabase &db, const QList<Models::TweetImage> &letGo);

// "[2 images]" for the text lists.
QString imagesMark(qsizetype count);

} // namespace EpisodeDesk::App::Commands
