// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace EpisodeDesk::Ui {

// The message boxes of the UI, with a "next answer" seam for tests (KeePassXC's gui/MessageBox.h).
//
//     if (MessageBox::confirm(this, tr("Delete Tweet"), tr("Delete this tweet?"), tr("Delete"))) { ... }
//
// A test queues the buttons the user would press; each box then returns the next one without being
// shown, so a test never blocks on a modal box:
//
//     MessageBox::setNextAnswer(QMessageBox::Ok); // confirm the deletion
//     MessageBox::setNextAnswer(QMessageBox::Ok); // dismiss "it was archived"
//     deleteAction->trigger();
//     QVERIFY(MessageBox::lastText().contains("archived"));
class MessageBox final
{
public:
    MessageBox() = delete;

    // A question with a named action button (never a bare "Yes") and Cancel, Cancel being the default so
    // that a stray Return does not delete anything. Returns true when the action was chosen.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &actionText,
                        QMessageBox::Icon icon = QMessageBox::Question);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test seam: answers the next box (first in, first out) instead of showing it.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // The text of the most recent box, shown or answered by the seam; empty after clearAnswers().
    static QString lastText();
    static void clearAnswers();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString &okText = {});
};

} // namespace EpisodeDesk::Ui
