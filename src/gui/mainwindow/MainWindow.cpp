#include "gui/mainwindow/MainWindow.h"

#include "gui/common/EmptyStatePane.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace steward {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    m_images = new EmptyStatePane(tr("Images"),
                                  tr("No images registered yet.\nRegister an image from a registry to manage its "
                                     "tags, tests and deployment."),
                                  this);
    m_testGroups = new EmptyStatePane(
        tr("Test groups"), tr("No test group chosen.\nPick the Kasm group whose members verify new tags."), this);
    m_promotion = new EmptyStatePane(
        tr("Deploy"), tr("Nothing to promote.\nDrag a verified tag here to switch the user-facing image."), this);
    m_registries = new EmptyStatePane(
        tr("Registries and pull quota"),
        tr("No registries known yet.\nAdd a registry login to see its rate limit and when it will run out."), this);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_testGroups);
    right->addWidget(m_promotion);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_images);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->addWidget(top);
    outer->addWidget(m_registries);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 1);
    setCentralWidget(outer);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ImageSteward"),
                           tr("<b>ImageSteward %1</b><p>Build, push, test and deploy custom Kasm Workspaces images, "
                              "and see when your agents will pull them.</p>")
                               .arg(QStringLiteral(STEWARD_VERSION)));
    });
    setDeploymentDescription(tr("No deployment connected"));
}

MainWindow::~MainWindow() = default;

void MainWindow::setDeploymentDescription(const QString &description)
{
    statusBar()->showMessage(description);
}

} // namespace steward
