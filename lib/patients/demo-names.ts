/**
 * Name and street lists for the generated demo population. Common Belgian names per language
 * community, plus a few for non-Belgian residents (BIS numbers are mostly theirs). Fictitious
 * people: any resemblance to a real person with the same number is impossible because the demo
 * numbers are generated, but names are deliberately ordinary.
 */

export type NameCommunity = "nl" | "fr" | "de";

export interface NameList {
  male: readonly string[];
  female: readonly string[];
  last: readonly string[];
}

export const belgianNames: Record<NameCommunity, NameList> = {
  nl: {
    male: ["Jan", "Luc", "Marc", "Peter", "Dirk", "Koen", "Bart", "Tom", "Wim", "Jef", "Pieter",
      "Frans", "Jozef", "Geert", "Stijn", "Lucas", "Noah", "Arthur", "Louis", "Wout"],
    female: ["Maria", "An", "Els", "Katrien", "Sofie", "Lotte", "Emma", "Hilde", "Greet", "Ingrid",
      "Nathalie", "Lies", "Julie", "Veerle", "Kristien", "Marleen", "Nina", "Olivia", "Elise", "Fien"],
    last: ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
      "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Hermans", "Michiels", "De Clercq",
      "Aerts", "Van Damme", "Verhoeven", "Pauwels", "Desmet", "Lemmens", "Smets", "Van Dyck",
      "De Backer", "Segers", "Coppens", "Verstraete", "Vandenberghe", "De Vos", "Cools"],
  },
  fr: {
    male: ["Jean", "Pierre", "Michel", "Philippe", "Jacques", "André", "Nicolas", "Olivier",
      "Christophe", "François", "Thierry", "Didier", "Hugo", "Louis", "Julien", "Benoît", "Gilles",
      "Maxime", "Arnaud", "Raphaël"],
    female: ["Marie", "Anne", "Isabelle", "Nathalie", "Catherine", "Sophie", "Christine", "Monique",
      "Julie", "Camille", "Louise", "Chantal", "Véronique", "Françoise", "Martine", "Sylvie",
      "Céline", "Manon", "Léa", "Chloé"],
    last: ["Dubois", "Lambert", "Martin", "Dupont", "Simon", "Laurent", "Leclercq", "Lejeune",
      "Renard", "Mathieu", "Leroy", "Denis", "François", "Henry", "Collard", "Gilson", "Lemaire",
      "Fontaine", "Dumont", "Hubert", "Marchal", "Piette", "Delvaux", "Jacquet", "Goffin",
      "Thiry", "Bodart", "Lecomte", "Noël", "Wilmotte"],
  },
  de: {
    male: ["Josef", "Karl", "Werner", "Stefan", "Jürgen", "Andreas", "Lukas", "Jonas"],
    female: ["Anna", "Gertrud", "Monika", "Sabine", "Petra", "Lena", "Sarah", "Hannah"],
    last: ["Schmitz", "Kessler", "Lentz", "Hilgers", "Mreyen", "Kohnen", "Cremer", "Heinen"],
  },
};

/** Residents without Belgian nationality, keyed by ISO 3166-1 alpha-2 nationality. */
export const foreignNames: Record<string, NameList> = {
  NL: { male: ["Pieter", "Daan", "Sem", "Bram"], female: ["Anouk", "Sanne", "Fleur", "Eva"],
    last: ["de Vries", "Bakker", "Visser", "Smit", "de Jong"] },
  FR: { male: ["Antoine", "Mathis", "Théo", "Paul"], female: ["Inès", "Jade", "Margaux", "Lucie"],
    last: ["Bernard", "Moreau", "Girard", "Roux", "Fournier"] },
  DE: { male: ["Felix", "Maximilian", "Tobias"], female: ["Mia", "Sophie", "Laura"],
    last: ["Müller", "Schneider", "Fischer", "Weber"] },
  PL: { male: ["Piotr", "Tomasz", "Krzysztof"], female: ["Anna", "Katarzyna", "Magdalena"],
    last: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik"] },
  RO: { male: ["Andrei", "Mihai", "Ion"], female: ["Ana", "Elena", "Ioana"],
    last: ["Popescu", "Ionescu", "Popa", "Dumitru"] },
  IT: { male: ["Marco", "Giuseppe", "Luca"], female: ["Giulia", "Francesca", "Chiara"],
    last: ["Rossi", "Russo", "Ferrari", "Esposito"] },
  ES: { male: ["Javier", "Carlos", "Pablo"], female: ["Lucía", "Carmen", "Marta"],
    last: ["García", "Fernández", "López", "Martínez"] },
  MA: { male: ["Mohamed", "Youssef", "Karim"], female: ["Fatima", "Samira", "Nadia"],
    last: ["El Amrani", "Benali", "El Idrissi", "Bouzid"] },
  TR: { male: ["Mehmet", "Mustafa", "Emre"], female: ["Ayşe", "Elif", "Zeynep"],
    last: ["Yılmaz", "Kaya", "Demir", "Şahin"] },
};

/** Street names per language; house numbers are added by the generator. */
export const streetNames: Record<NameCommunity, readonly string[]> = {
  nl: ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat",
    "Kapelstraat", "Veldstraat", "Beukenlaan", "Lindelaan", "Markt", "Brugstraat", "Hoogstraat"],
  fr: ["Rue de l'Église", "Rue de la Station", "Rue du Moulin", "Rue des Écoles",
    "Avenue des Tilleuls", "Chaussée de Bruxelles", "Place communale", "Rue Haute",
    "Rue du Village", "Avenue de la Gare", "Rue des Champs", "Rue de la Paix"],
  de: ["Hauptstraße", "Kirchstraße", "Bahnhofstraße", "Schulstraße", "Aachener Straße"],
};
