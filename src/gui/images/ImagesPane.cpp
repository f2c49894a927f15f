#include "gui/images/ImagesPane.h"

#include "core/Error.h"
#include "guimodels/images/ImageTableModel.h"
#include "kasm/DeploymentSnapshot.h"
#include "ui_ImagesPane.h"

#include <QCoreApplication>

namespace steward::gui {

ImagesPane::ImagesPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::ImagesPane>()), m_content(new QWidget(this)),
      m_model(new ImageTableModel(this))
{
    setObjectName(QStringLiteral("imagesPane"));
    m_model->setObjectName(QStringLiteral("imageModel"));
    m_ui->setupUi(m_content);
    m_ui->imagesView->setImageModel(m_model);

    setTitle(tr("Images"));
    m_noImagesText = tr("No images registered yet.\nRegister an image from a registry to manage its tags, tests "
                        "and deployment.");
    setEmptyText(m_noImagesText);
    // The pane owns its table from the start and shows it once there is something in it.
    setContent(m_content);
    showEmptyState();
}

ImagesPane::~ImagesPane() = default;

void ImagesPane::showSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    m_model->setSnapshot(snapshot);
    setEmptyText(m_noImagesText);
    if (snapshot.images.isEmpty())
        showEmptyState();
    else
        setContent(m_content);
}

void ImagesPane::showLoading()
{
    setEmptyText(tr("Loading deployment…"));
    showEmptyState();
}

void ImagesPane::showError(const Error &error)
{
    showProblem(tr("The deployment cannot be shown.\n%1").arg(error.toString()));
}

} // namespace steward::gui
