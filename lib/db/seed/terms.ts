/** The terms of use, versioned: publishing a new version makes every user accept it again. */
export const currentTerms = {
  version: 1,
  bodyNl:
    "U gebruikt WBCR om kankerregistraties door te geven aan het Belgisch Kankerregister. U registreert alleen patiënten voor wie u (of de arts voor wie u werkt) verantwoordelijk bent, u houdt de gegevens vertrouwelijk en u exporteert ze alleen voor de zorg of de registratie. Elke raadpleging, wijziging, verzending, afdruk en export wordt gelogd.",
  bodyFr:
    "Vous utilisez WBCR pour transmettre des enregistrements de cancer à la Fondation Registre du Cancer. Vous n'enregistrez que les patients dont vous (ou le médecin pour lequel vous travaillez) êtes responsable, vous gardez les données confidentielles et ne les exportez que pour les soins ou l'enregistrement. Chaque consultation, modification, envoi, impression et exportation est journalisée.",
  bodyEn:
    "You use WBCR to send cancer registrations to the Belgian Cancer Registry. You register only patients for whom you (or the physician you work for) are responsible, you keep the data confidential and export them only for care or registration. Every view, change, send, print and export is logged.",
};
