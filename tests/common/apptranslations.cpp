// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test executable: the translations installed as main() installs them, when the
// test's QCoreApplication starts. The tests run in the C locale (episodedesk_add_test), so this is
// English with its plural forms ("1 post left"), as a user in an English locale sees it.
#include "translator.h"

#include <QCoreApplication>

namespace {

void installAppTranslations()
{
    EpisodeDesk::Translations::install();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installAppTranslations)
