#pragma once

#include "guimodels/dnd/DragPayloads.h"

#include <QMetaType>
#include <QString>

namespace steward::gui {

// What the administrator asked for on the promotion board, by a drop, a key or the context menu: the board pane
// plans and runs it through src/workflow. The card is named by its payload (repository, tag and the digest it had
// when the gesture began), so that a plan that finds another digest under the tag is refused as stale.
struct PromotionGesture
{
    enum Kind
    {
        SendToTest, // Candidates → Testing
        Verify,     // Testing → Verified
        Deploy,     // Verified → Production
        Rollback,   // back to the previous production digest
    };

    Kind kind = SendToTest;
    QString imageId; // the managed, user-facing image
    TagPayload card;

    bool operator==(const PromotionGesture &other) const = default;
};

} // namespace steward::gui

Q_DECLARE_METATYPE(steward::gui::PromotionGesture)
