"""The words of the engagement letter, in French and English (messages catalogue).

The templates are plain text, and so is everything put into them: the renderer draws text
literally (letters.flowables.PlainText), never as markup, so data needs no escaping. French
typography: a no-break space (\u00a0) before the colon and inside « ».
"""
from __future__ import annotations

from crec_desktop.domain.messages import define

NB = "\u00a0"

define({
    # --- document ---
    "letter.doc_title": ("Convention de services professionnels", "Professional services agreement"),
    "letter.doc_subject": ("Lettre d'entente — mandat {number}", "Engagement letter — engagement {number}"),
    "letter.place_date": ("{city}, le {date}", "{city}, {date}"),
    "letter.date_only": ("Le {date}", "{date}"),
    "letter.reference": (f"N/Réf.{NB}: mandat {{number}}, version {{version}}",
                         "Our ref.: engagement {number}, version {version}"),
    "letter.reference_draft": (f"N/Réf.{NB}: mandat {{number}}", "Our ref.: engagement {number}"),
    "letter.running_head": ("{org} — Convention de services professionnels — mandat {number}{version}",
                            "{org} — Professional services agreement — engagement {number}{version}"),
    "letter.running_version": (", version {version}", ", version {version}"),
    "letter.page": ("Page {page} de {pages}", "Page {page} of {pages}"),
    "letter.phone": (f"Tél.{NB}: {{phone}}", "Tel.: {phone}"),
    "letter.subject": (f"Objet{NB}: Convention de services professionnels — {{title}}",
                       "Subject: Professional services agreement — {title}"),
    "letter.salutation": ("Madame, Monsieur,", "Dear Sir or Madam,"),
    "letter.salutation_named": ("Madame, Monsieur,", "Dear {name},"),
    "letter.intro": (
        f"Nous avons le plaisir de vous présenter la convention de services professionnels qui encadre "
        f"le mandat «{NB}{{title}}{NB}» que vous nous confiez. Elle en précise l'objet, les ressources "
        f"affectées, le calendrier et les honoraires.",
        "We are pleased to present the professional services agreement for the engagement “{title}” "
        "that you are entrusting to us. It sets out its object, the people assigned, the schedule and "
        "the fees."),
    "letter.parties": (f"Parties{NB}:", "Parties:"),
    "letter.party.provider": ("Prestataire", "Service provider"),
    "letter.party.member": ("Membre", "Member"),
    "letter.party.signatory": (f"Signataire{NB}: {{who}}", "Signatory: {who}"),

    # --- sections ---
    "letter.h.context": ("Contexte", "Context"),
    "letter.h.scope": ("Objet et portée du mandat", "Object and scope of the engagement"),
    "letter.h.deliverables": ("Livrables et exclusions", "Deliverables and exclusions"),
    "letter.h.duration": ("Durée et dates clés", "Duration and key dates"),
    "letter.h.specialists": ("Ressources professionnelles assignées", "Specialists assigned"),
    "letter.h.sessions": ("Séances prévues", "Planned sessions"),
    "letter.h.fees": ("Honoraires", "Fees"),
    "letter.h.payment": ("Modalités de paiement", "Payment terms"),
    "letter.h.ownership": ("Propriété des livrables", "Ownership of deliverables"),
    "letter.h.confidentiality": ("Confidentialité", "Confidentiality"),
    "letter.h.termination": ("Résiliation", "Termination"),
    "letter.h.acceptance": ("Acceptation", "Acceptance"),

    "letter.scope_generic": (
        f"Le mandat porte sur «{NB}{{title}}{NB}»{{domain}}. Sa portée détaillée sera précisée entre les "
        f"parties au démarrage des travaux.",
        "The engagement concerns “{title}”{domain}. Its detailed scope will be agreed between the "
        "parties when the work begins."),
    "letter.scope_domain": (", dans le domaine {domain}", ", in the field of {domain}"),
    "letter.deliverables_label": (f"Livrables{NB}:", "Deliverables:"),
    "letter.deliverables_generic": ("Les livrables seront convenus par écrit entre les parties au cours du mandat.",
                                    "The deliverables will be agreed in writing between the parties during "
                                    "the engagement."),
    "letter.exclusions_label": (f"Exclusions{NB}:", "Exclusions:"),
    "letter.exclusions_generic": (
        "Tout service qui n'est pas décrit dans la présente convention en est exclu, à moins d'une "
        "entente écrite entre les parties.",
        "Any service not described in this agreement is excluded from it, unless the parties agree "
        "otherwise in writing."),

    "letter.dates_both": ("Le mandat débute le {start} et se termine au plus tard le {end}.",
                          "The engagement begins on {start} and ends no later than {end}."),
    "letter.dates_start": ("Le mandat débute le {start}.", "The engagement begins on {start}."),
    "letter.dates_end": ("Le mandat se termine au plus tard le {end}.", "The engagement ends no later than {end}."),
    "letter.dates_none": ("Les dates du mandat seront convenues entre les parties.",
                          "The dates of the engagement will be agreed between the parties."),
    "letter.dates_budget": ("Il prévoit {hours} de services professionnels.",
                            "It provides for {hours} of professional services."),
    "letter.dates_sessions": (
        "{count} séances sont planifiées, du {first} au {last}.",
        "{count} sessions are scheduled, from {first} to {last}."),
    "letter.dates_one_session": ("Une séance est planifiée le {first}.", "One session is scheduled on {first}."),

    "letter.specialists_intro": (
        f"Nous affectons au mandat les ressources suivantes{NB}:",
        "We assign the following people to the engagement:"),
    "letter.specialists_none": (
        "Nous désignerons la ou les ressources professionnelles affectées au mandat et vous en informerons par écrit.",
        "We will name the specialists assigned to the engagement and inform you in writing."),
    "letter.lead": ("{name}, responsable du mandat", "{name}, engagement lead"),

    "letter.col.date": ("Date", "Date"),
    "letter.col.time": ("Heure", "Time"),
    "letter.col.hours": ("Durée", "Hours"),
    "letter.col.specialist": ("Spécialiste", "Specialist"),
    "letter.col.location": ("Lieu", "Location"),
    "letter.tentative": ("provisoire", "tentative"),
    "letter.sessions_total": ("Total des heures planifiées", "Total hours scheduled"),
    "letter.sessions_note": ("Les séances provisoires restent à confirmer avec vous.",
                             "Tentative sessions are still to be confirmed with you."),

    "letter.fees.hours": ("Heures prévues", "Hours planned"),
    "letter.fees.rate": ("Taux horaire", "Hourly rate"),
    "letter.fees.subtotal": ("Honoraires ({hours} × {rate})", "Fees ({hours} × {rate})"),
    "letter.fees.subtotal_estimate": ("Honoraires estimés ({hours} × {rate}), taxes en sus",
                                      "Estimated fees ({hours} × {rate}), taxes extra"),
    "letter.fees.subtotal_estimate_exempt": ("Honoraires estimés ({hours} × {rate})",
                                             "Estimated fees ({hours} × {rate})"),
    "letter.fees.tps": ("TPS ({rate})", "GST ({rate})"),
    "letter.fees.tvq": ("TVQ ({rate})", "QST ({rate})"),
    "letter.fees.tps_number": ("TPS ({rate}) — n° {number}", "GST ({rate}) — no. {number}"),
    "letter.fees.tvq_number": ("TVQ ({rate}) — n° {number}", "QST ({rate}) — no. {number}"),
    "letter.fees.no_tax": ("Taxes", "Taxes"),
    "letter.fees.no_tax_value": ("non applicables", "not applicable"),
    "letter.fees.total": ("Total", "Total"),
    "letter.fees.total_estimate": ("Total estimé", "Estimated total"),
    "letter.fees.intro": ("Les honoraires sont établis selon le nombre d'heures prévu et le taux horaire convenu.",
                          "The fees are based on the hours planned and the agreed hourly rate."),
    "letter.fees.intro_estimate": ("Les honoraires estimés sont établis selon le nombre d'heures prévu et le "
                                   "taux horaire proposé.",
                                   "The estimated fees are based on the hours planned and the proposed hourly rate."),
    "letter.fees.estimate_note_exempt": (
        "Ces montants sont une estimation{NB}: la facturation suit les heures réellement consacrées au mandat. "
        "Ce mandat n'est pas assujetti à la TPS ni à la TVQ.".replace("{NB}", NB),
        "These amounts are an estimate: invoices follow the hours actually spent on the engagement. This "
        "engagement is not subject to GST or QST."),
    "letter.fees.estimate_note": (
        "Ces montants sont une estimation, taxes en sus{NB}: la facturation suit les heures réellement "
        "consacrées au mandat.".replace("{NB}", NB),
        "These amounts are an estimate, taxes extra: invoices follow the hours actually spent on the "
        "engagement."),
    "letter.fees.no_rate": (
        "Les heures consacrées au mandat sont facturées à notre taux horaire en vigueur, taxes en sus.",
        "The hours spent on the engagement are invoiced at our hourly rate in force, taxes extra."),
    "letter.fees.no_hours": ("Les heures réellement consacrées au mandat sont facturées au taux horaire de {rate}, "
                             "taxes en sus.",
                             "The hours actually spent on the engagement are invoiced at an hourly rate of "
                             "{rate}, taxes extra."),
    "letter.fees.no_hours_exempt": ("Les heures réellement consacrées au mandat sont facturées au taux horaire de "
                                    "{rate}; les taxes ne s'appliquent pas.",
                                    "The hours actually spent on the engagement are invoiced at an hourly rate "
                                    "of {rate}; taxes do not apply."),
    "letter.fees.exempt_note": ("Ce mandat n'est pas assujetti à la TPS ni à la TVQ.",
                                "This engagement is not subject to GST or QST."),

    "letter.payment": (
        "Les honoraires sont facturés selon les heures réellement consacrées au mandat. Les factures sont "
        "payables dans les {days} jours suivant leur date.",
        "Fees are invoiced according to the hours actually spent on the engagement. Invoices are payable "
        "within {days} days of their date."),
    "letter.ownership": (
        "Les livrables produits pour le mandat vous appartiennent dès le paiement des honoraires qui s'y "
        "rapportent. Nous conservons nos méthodes, outils et connaissances préexistants, que nous pouvons "
        "continuer d'utiliser.",
        "The deliverables produced for the engagement become yours once the related fees are paid. We "
        "keep our pre-existing methods, tools and know-how, which we may continue to use."),
    "letter.confidentiality": (
        "Nos ressources et nous-mêmes traitons comme confidentiels les renseignements que vous nous "
        "communiquez pour le mandat; nous ne les utilisons qu'à cette fin et ne les divulguons pas sans votre "
        "autorisation, sauf si la loi l'exige. Les renseignements personnels sont protégés conformément à la "
        "Loi sur la protection des renseignements personnels dans le secteur privé.",
        "We and our people treat as confidential the information you provide for the engagement; we use "
        "it only for that purpose and do not disclose it without your authorisation, unless the law requires "
        "it. Personal information is protected as the Act respecting the protection of personal information "
        "in the private sector requires."),
    "letter.termination": (
        "Conformément aux articles 2125 et 2129 du Code civil du Québec, vous pouvez résilier la présente "
        "convention en tout temps, par un avis écrit, même si le mandat est déjà commencé. Vous payez alors, "
        "en proportion du prix convenu, les services rendus et les frais engagés avant la réception de l'avis.",
        "In accordance with articles 2125 and 2129 of the Civil Code of Québec, you may end this agreement "
        "at any time by written notice, even once the engagement has begun. You then pay, in proportion to "
        "the agreed price, for the services rendered and the expenses incurred before the notice was received."),
    "letter.closing": (
        "Pour accepter la présente convention, veuillez la signer et nous en retourner une copie. Nous vous "
        "prions d'agréer, Madame, Monsieur, l'expression de nos sentiments distingués.",
        "To accept this agreement, please sign it and return a copy to us.\n\nYours sincerely,"),
    "letter.acceptance": ("Les parties ont lu la présente convention et l'acceptent.",
                          "The parties have read this agreement and accept it."),
    "letter.sign.name": (f"Nom{NB}:", "Name:"),
    "letter.sign.title": (f"Titre{NB}:", "Title:"),
    "letter.sign.date": (f"Date{NB}:", "Date:"),
})
