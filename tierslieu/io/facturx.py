"""Factur-X: the invoice's EN 16931 XML (UN/CEFACT CII, profile EN16931) in its PDF.

:func:`build_xml` writes the XML from an issued invoice (seller, buyer, lines, VAT
breakdown, totals, due date, the credited invoice for a credit note);
:func:`embed` puts it into the PDF with the ``factur-x`` library (PDF/A-3 attachment
``factur-x.xml`` and its XMP metadata), after the library's XSD check;
:func:`extract` reads it back. ``factur-x`` (and lxml) are imported only when used.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import InvoiceDetail, Party

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
GUIDELINE = "urn:cen.eu:en16931:2017"
EXEMPTION_CODE = "VATEX-FR-FRANCHISE"   # franchise en base, art. 293 B du CGI
LEVEL = "en16931"
for _prefix, _uri in (("rsm", RSM), ("ram", RAM), ("qdt", QDT), ("udt", UDT)):
    ET.register_namespace(_prefix, _uri)


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    ns, _, name = tag.partition(":")
    uri = {"rsm": RSM, "ram": RAM, "qdt": QDT, "udt": UDT}[ns]
    node = ET.SubElement(parent, f"{{{uri}}}{name}", attrs)
    if text is not None:
        node.text = text
    return node


def amount(cents: int) -> str:
    """``12345`` -> ``"123.45"`` (the XML's decimal point, two places)."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"


def quantity(milli: int) -> str:
    whole, rest = divmod(milli, 1000)
    return f"{whole}" if not rest else f"{whole}.{rest:03d}".rstrip("0")


def percent(rate_bp: int) -> str:
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}" if not rest else f"{whole}.{rest:02d}".rstrip("0")


def _date(parent: ET.Element, tag: str, value: date, *, qualified: bool = False) -> None:
    holder = _el(parent, tag)
    _el(holder, "qdt:DateTimeString" if qualified else "udt:DateTimeString",
        value.strftime("%Y%m%d"), format="102")


def _category(rate_bp: int, exempt: bool) -> str:
    """S standard rate, E exempt (franchise en base), Z zero-rated."""
    return "E" if exempt else ("S" if rate_bp else "Z")


def _party(parent: ET.Element, tag: str, party: Party) -> None:
    node = _el(parent, tag)
    _el(node, "ram:Name", party.name or "-")
    if party.siret:
        legal = _el(node, "ram:SpecifiedLegalOrganization")
        _el(legal, "ram:ID", party.siret, schemeID="0009" if len(party.siret) == 14 else "0002")
    address = _el(node, "ram:PostalTradeAddress")
    if party.postcode:
        _el(address, "ram:PostcodeCode", party.postcode)
    if party.address:
        _el(address, "ram:LineOne", party.address)
    if party.city:
        _el(address, "ram:CityName", party.city)
    _el(address, "ram:CountryID", party.country or "FR")
    if party.email:
        uri = _el(node, "ram:URIUniversalCommunication")
        _el(uri, "ram:URIID", party.email, schemeID="EM")
    if party.vat_number:
        tax = _el(node, "ram:SpecifiedTaxRegistration")
        _el(tax, "ram:ID", party.vat_number, schemeID="VA")


def build_xml(invoice: InvoiceDetail) -> bytes:
    """The CII XML of an issued invoice or credit note (EN 16931 profile)."""
    row, exempt = invoice.row, invoice.vat_exempt
    root = ET.Element(f"{{{RSM}}}CrossIndustryInvoice")
    context = _el(root, "rsm:ExchangedDocumentContext")
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", GUIDELINE)
    doc = _el(root, "rsm:ExchangedDocument")
    _el(doc, "ram:ID", row.number)
    _el(doc, "ram:TypeCode", "381" if row.kind == "credit_note" else "380")
    _date(doc, "ram:IssueDateTime", row.issued_on)
    for text in ([invoice.note] if invoice.note else []) + list(invoice.mentions):
        note = _el(doc, "ram:IncludedNote")
        _el(note, "ram:Content", text)
        if "pénalités" in text:
            _el(note, "ram:SubjectCode", "PMD")
    trade = _el(root, "rsm:SupplyChainTradeTransaction")
    for line in invoice.lines:
        item = _el(trade, "ram:IncludedSupplyChainTradeLineItem")
        _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.position))
        product = _el(item, "ram:SpecifiedTradeProduct")
        _el(product, "ram:Name", line.label)
        if line.detail:
            _el(product, "ram:Description", line.detail)
        agreement = _el(item, "ram:SpecifiedLineTradeAgreement")
        price = _el(agreement, "ram:NetPriceProductTradePrice")
        _el(price, "ram:ChargeAmount", amount(line.unit_price_cents))
        _el(_el(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity",
            quantity(line.quantity_milli), unitCode=line.unit or "C62")
        settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:TypeCode", "VAT")
        _el(tax, "ram:CategoryCode", _category(line.vat_rate_bp, exempt))
        _el(tax, "ram:RateApplicablePercent", percent(line.vat_rate_bp))
        if line.period_start and line.period_end:
            period = _el(settlement, "ram:BillingSpecifiedPeriod")
            _date(period, "ram:StartDateTime", line.period_start)
            _date(period, "ram:EndDateTime", line.period_end)
        _el(_el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"),
            "ram:LineTotalAmount", amount(line.amount_excl_cents))
    agreement = _el(trade, "ram:ApplicableHeaderTradeAgreement")
    _party(agreement, "ram:SellerTradeParty", invoice.seller)
    _party(agreement, "ram:BuyerTradeParty", row.customer)
    _el(trade, "ram:ApplicableHeaderTradeDelivery")
    _settlement(trade, invoice)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _settlement(trade: ET.Element, invoice: InvoiceDetail) -> None:
    row, exempt = invoice.row, invoice.vat_exempt
    settlement = _el(trade, "ram:ApplicableHeaderTradeSettlement")
    _el(settlement, "ram:InvoiceCurrencyCode", "EUR")
    iban = invoice.seller_extra.get("iban")
    if iban and row.kind == "invoice":
        means = _el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _el(means, "ram:TypeCode", "58")                      # SEPA credit transfer
        _el(_el(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID",
            str(iban).replace(" ", ""))
    for vat in invoice.totals.vat:
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:CalculatedAmount", amount(vat.vat_cents))
        _el(tax, "ram:TypeCode", "VAT")
        if exempt:
            _el(tax, "ram:ExemptionReason", "TVA non applicable, art. 293 B du CGI")
        _el(tax, "ram:BasisAmount", amount(vat.base_cents))
        _el(tax, "ram:CategoryCode", _category(vat.rate_bp, exempt))
        if exempt:
            _el(tax, "ram:ExemptionReasonCode", EXEMPTION_CODE)
        _el(tax, "ram:RateApplicablePercent", percent(vat.rate_bp))
    if invoice.period_start and invoice.period_end:
        period = _el(settlement, "ram:BillingSpecifiedPeriod")
        _date(period, "ram:StartDateTime", invoice.period_start)
        _date(period, "ram:EndDateTime", invoice.period_end)
    if row.kind == "invoice":
        terms = _el(settlement, "ram:SpecifiedTradePaymentTerms")
        _el(terms, "ram:Description",
            f"Paiement à {invoice.seller_extra.get('payment_days', 30)} jours")
        _date(terms, "ram:DueDateDateTime", row.due_on)
    sums = _el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(sums, "ram:LineTotalAmount", amount(sum(x.amount_excl_cents for x in invoice.lines)))
    _el(sums, "ram:TaxBasisTotalAmount", amount(row.total_excl_cents))
    _el(sums, "ram:TaxTotalAmount", amount(row.total_vat_cents), currencyID="EUR")
    _el(sums, "ram:GrandTotalAmount", amount(row.total_incl_cents))
    _el(sums, "ram:DuePayableAmount", amount(row.total_incl_cents))
    if row.corrects_number:
        ref = _el(settlement, "ram:InvoiceReferencedDocument")
        _el(ref, "ram:IssuerAssignedID", row.corrects_number)


def check(xml: bytes) -> None:
    """The ``factur-x`` library's XSD check (raises when the XML is not valid)."""
    import facturx

    facturx.xml_check_xsd(xml, flavor="factur-x", level=LEVEL)


def embed(pdf: bytes, invoice: InvoiceDetail, xml: bytes | None = None) -> bytes:
    """The Factur-X PDF: ``pdf`` with the invoice's XML attached (checked against the XSD)."""
    import facturx

    xml = xml or build_xml(invoice)
    title = ("Avoir" if invoice.row.kind == "credit_note" else "Facture") + \
        f" {invoice.number}"
    return bytes(facturx.generate_from_binary(
        pdf, xml, flavor="factur-x", level=LEVEL, check_xsd=True, lang="fr-FR",
        pdf_metadata={"author": invoice.seller.name, "keywords": "Factur-X, facture",
                      "title": f"{invoice.seller.name} : {title}",
                      "subject": f"{title} du {invoice.row.issued_on:%d/%m/%Y}"}))


def extract(pdf: bytes, *, check_xsd: bool = True) -> bytes | None:
    """The Factur-X XML found in a PDF (None when there is none, or an invalid one)."""
    import facturx

    _name, xml = facturx.get_facturx_xml_from_pdf(pdf, check_xsd=check_xsd)
    return xml or None


def totals_of(xml: bytes) -> dict[str, int]:
    """The header totals of a CII XML, in cents (to compare with the invoice)."""
    root = ET.fromstring(xml)
    sums = root.find(f".//{{{RAM}}}SpecifiedTradeSettlementHeaderMonetarySummation")
    out: dict[str, int] = {}
    if sums is None:
        return out
    for child in sums:
        name = child.tag.rsplit("}", 1)[1]
        units, _, cents = (child.text or "0").partition(".")
        sign = -1 if units.startswith("-") else 1
        out[name] = sign * (abs(int(units)) * 100 + int((cents + "00")[:2]))
    return out
