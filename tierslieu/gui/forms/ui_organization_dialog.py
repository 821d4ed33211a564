# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrganizationDialog(object):
    def setupUi(self, OrganizationDialog):
        if not OrganizationDialog.objectName():
            OrganizationDialog.setObjectName(u"OrganizationDialog")
        OrganizationDialog.resize(540, 620)
        OrganizationDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(OrganizationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.generalError = QLabel(OrganizationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(OrganizationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(OrganizationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(OrganizationDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"error", True)

        self.nameBox.addWidget(self.nameError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.kindLabel = QLabel(OrganizationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QVBoxLayout()
        self.kindBox.setSpacing(2)
        self.kindBox.setObjectName(u"kindBox")
        self.kindCombo = QComboBox(OrganizationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindBox.addWidget(self.kindCombo)

        self.kindError = QLabel(OrganizationDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setVisible(False)
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"error", True)

        self.kindBox.addWidget(self.kindError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.siretLabel = QLabel(OrganizationDialog)
        self.siretLabel.setObjectName(u"siretLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretBox = QVBoxLayout()
        self.siretBox.setSpacing(2)
        self.siretBox.setObjectName(u"siretBox")
        self.siretEdit = QLineEdit(OrganizationDialog)
        self.siretEdit.setObjectName(u"siretEdit")
        self.siretEdit.setMaxLength(20)

        self.siretBox.addWidget(self.siretEdit)

        self.siretError = QLabel(OrganizationDialog)
        self.siretError.setObjectName(u"siretError")
        self.siretError.setVisible(False)
        self.siretError.setWordWrap(True)
        self.siretError.setProperty(u"error", True)

        self.siretBox.addWidget(self.siretError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.siretBox)

        self.vatLabel = QLabel(OrganizationDialog)
        self.vatLabel.setObjectName(u"vatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vatLabel)

        self.vatBox = QVBoxLayout()
        self.vatBox.setSpacing(2)
        self.vatBox.setObjectName(u"vatBox")
        self.vatEdit = QLineEdit(OrganizationDialog)
        self.vatEdit.setObjectName(u"vatEdit")
        self.vatEdit.setMaxLength(20)

        self.vatBox.addWidget(self.vatEdit)

        self.vatError = QLabel(OrganizationDialog)
        self.vatError.setObjectName(u"vatError")
        self.vatError.setVisible(False)
        self.vatError.setWordWrap(True)
        self.vatError.setProperty(u"error", True)

        self.vatBox.addWidget(self.vatError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.vatBox)

        self.emailLabel = QLabel(OrganizationDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(OrganizationDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(OrganizationDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setVisible(False)
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"error", True)

        self.emailBox.addWidget(self.emailError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.phoneLabel = QLabel(OrganizationDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(2)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(OrganizationDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(OrganizationDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"error", True)

        self.phoneBox.addWidget(self.phoneError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.websiteLabel = QLabel(OrganizationDialog)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteBox = QVBoxLayout()
        self.websiteBox.setSpacing(2)
        self.websiteBox.setObjectName(u"websiteBox")
        self.websiteEdit = QLineEdit(OrganizationDialog)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(300)

        self.websiteBox.addWidget(self.websiteEdit)

        self.websiteError = QLabel(OrganizationDialog)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setVisible(False)
        self.websiteError.setWordWrap(True)
        self.websiteError.setProperty(u"error", True)

        self.websiteBox.addWidget(self.websiteError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.websiteBox)

        self.cityLabel = QLabel(OrganizationDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityBox = QVBoxLayout()
        self.cityBox.setSpacing(2)
        self.cityBox.setObjectName(u"cityBox")
        self.cityEdit = QLineEdit(OrganizationDialog)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(120)

        self.cityBox.addWidget(self.cityEdit)

        self.cityError = QLabel(OrganizationDialog)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setVisible(False)
        self.cityError.setWordWrap(True)
        self.cityError.setProperty(u"error", True)

        self.cityBox.addWidget(self.cityError)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.cityBox)

        self.notesLabel = QLabel(OrganizationDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(OrganizationDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(OrganizationDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"error", True)

        self.notesBox.addWidget(self.notesError)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.notesBox)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OrganizationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.siretLabel.setBuddy(self.siretEdit)
        self.vatLabel.setBuddy(self.vatEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.siretEdit)
        QWidget.setTabOrder(self.siretEdit, self.vatEdit)
        QWidget.setTabOrder(self.vatEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.notesEdit)

        self.retranslateUi(OrganizationDialog)
        self.buttonBox.rejected.connect(OrganizationDialog.reject)

        QMetaObject.connectSlotsByName(OrganizationDialog)
    # setupUi

    def retranslateUi(self, OrganizationDialog):
        OrganizationDialog.setWindowTitle(QCoreApplication.translate("OrganizationDialog", u"Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Name", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("OrganizationDialog", u"The organisation's name; it must be unique", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"Legal or usual name", None))
        self.kindLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Kind", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("OrganizationDialog", u"What kind of organisation this is", None))
#endif // QT_CONFIG(tooltip)
        self.siretLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&SIRET", None))
#if QT_CONFIG(tooltip)
        self.siretEdit.setToolTip(QCoreApplication.translate("OrganizationDialog", u"French company number (SIRET or SIREN), checked with the Luhn key", None))
#endif // QT_CONFIG(tooltip)
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"14 digits, or the 9-digit SIREN", None))
        self.vatLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&VAT number", None))
#if QT_CONFIG(tooltip)
        self.vatEdit.setToolTip(QCoreApplication.translate("OrganizationDialog", u"Intra-community VAT number", None))
#endif // QT_CONFIG(tooltip)
        self.vatEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"FR12345678901", None))
        self.emailLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&E-mail", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("OrganizationDialog", u"General contact address", None))
#endif // QT_CONFIG(tooltip)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"contact@example.org", None))
        self.phoneLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Phone", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("OrganizationDialog", u"French or international number", None))
#endif // QT_CONFIG(tooltip)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"04 72 00 00 00", None))
        self.websiteLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Website", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"https://", None))
        self.cityLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&City", None))
        self.notesLabel.setText(QCoreApplication.translate("OrganizationDialog", u"N&otes", None))
    # retranslateUi

