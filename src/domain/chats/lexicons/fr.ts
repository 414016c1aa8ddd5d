/**
 * French. All lists, tone included, are ours. Elided words are one word to the tokenizer
 * ("t'aime", "j'ai", "c'est"), so they are listed as such.
 */
import { byScore, type LanguageLists } from './types.js';

export const fr: LanguageLists = {
  common: [
    ...['avant', 'après', 'genre', 'faut', 'quelque', 'ils', 'vraiment', 'ouais'],
    ...["c'était", "j'étais", "t'étais", 'était', 'étais', 'leur', 'ils', 'elles', 'vraiment'],
    ...['peut-être'],
    ...['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'et', 'est', 'le', 'la', 'les', 'des'],
    ...['un', 'une', 'du', 'au', 'aux', 'pas', 'ne', 'que', 'qui', 'quoi', 'mais', 'avec'],
    ...['pour', 'dans', 'sur', "c'est", "j'ai", "t'es", "t'as", "j'suis", 'suis', 'es', 'ai'],
    ...['ça', 'oui', 'non', 'bien', 'très', 'trop', 'aussi', 'encore', 'déjà'],
    ...['moi', 'toi', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'ce', 'cette', 'ces', 'fait'],
    ...['peux', 'veux', 'vais', 'vas', 'sais', 'bon', 'alors', 'parce', 'quand', "qu'il"],
    ...["qu'on", "n'est", "n'ai", "d'accord", 'ouais', 'rien', 'tout', 'bisous', "aujourd'hui"],
    ...["y'a"],
    ...['demain', 'où', 'pourquoi', 'chez', 'avoir', 'être', 'faire', 'été'],
  ],
  affection: [
    ...["t'aime", "t'adore", 'aime fort', 'je taime', 'taime', 'me manques', 'me manque'],
    ...["m'manques", 'mon amour', 'mon cœur', 'mon coeur', 'chéri', 'chérie', 'bébé', 'bb'],
    ...['baby', 'mon ange', 'doudou', 'chou', 'loulou', 'bichette', 'ma belle', 'mon beau'],
    ...['bisous', 'bisou', 'bises', 'gros bisous', 'câlin', 'câlins', 'calin', 'calins'],
    ...['embrasse', 'amoureux', 'amoureuse', 'fier de', 'fière de', 'love', 'xoxo', "m'aimes"],
    ...['mon chat', 'ma puce', 'mon chéri', 'ma chérie', 'amour', 'tendresse'],
  ],
  future: [
    ...['demain', 'après-demain', 'week-end', 'weekend', 'we', 'semaine prochaine'],
    ...['mois prochain', 'année prochaine', 'prochaine fois', 'ce week-end', 'ce weekend'],
    ...['projet', 'projets', 'prévu', 'prévoir', 'planifier', 'avenir', 'futur', 'un jour'],
    ...['bientôt', 'voyage', 'voyager', 'vacances', 'mariage', 'marier', 'ensemble'],
    ...['on pourrait', 'on devrait', 'on va', 'emménager', "s'installer", 'réserver', 'réservé'],
    ...['hâte', 'vivement', 'se voit', 'nous devrions', 'nous pourrions', 'congés', "s'installe"],
  ],
  we: ['nous', 'on', 'notre', 'nos', 'nôtre', 'nôtres'],
  i: [
    ...['je', 'moi', 'me', 'mon', 'ma', 'mes', "j'ai", "j'suis", 'chuis', 'jsuis', "j'étais"],
    ...["j'avais", "j'aime", "j'adore", "j'peux", "j'vais", "j'veux", "j'sais", "j'pense"],
    ...["j'crois"],
    ...["j'espère", "j'arrive", "j'te", "m'a", "m'as", "m'en", "m'aimes", 'mien', 'mienne'],
  ],
  stress: [
    ...['stress', 'stressé', 'stressée', 'stressant', 'stressante', 'fatigué', 'fatiguée'],
    ...['crevé', 'crevée', 'épuisé', 'épuisée', 'épuisant', 'claqué', 'claquée', 'débordé'],
    ...['débordée', 'surmené', 'surmenée', 'pression', 'deadline', 'deadlines', 'charrette'],
    ...['angoisse', 'angoissé', 'angoissée', 'anxieux', 'anxieuse', 'inquiet'],
    ...['inquiète', 'burn-out', 'burnout', 'insomnie', 'mal dormi', 'pas dormi', 'mal à', 'ko'],
    ...['à bout', 'sous pression', 'nerveux', 'nerveuse', 'surchargé', 'surchargée'],
  ],
  apology: [
    ...['désolé', 'désolée', 'dsl', 'pardon', 'pardonne', 'pardonne-moi', 'excuse', 'excuse-moi'],
    ...['excuses', "m'excuse", 'sorry', 'ma faute', 'mea culpa', 'navré', 'navrée'],
  ],
  negators: ['pas', 'jamais', 'rien', 'ni', 'sans', 'aucun', 'aucune', 'non'],
  tone: byScore({
    5: ['merveilleux', 'merveilleuse', 'extraordinaire'],
    4: [
      ...['génial', 'géniale', 'parfait', 'parfaite', 'magnifique', 'fantastique', 'adore'],
      ...['formidable', 'incroyable', 'sublime', 'superbe', 'splendide', 'adorer', 'adoré'],
    ],
    3: [
      ...['bonheur', 'aimer', 'aimé', 'kiffé', 'félicitations', 'délicieuse', 'beaux'],
      ...['belles', 'jolie', 'joli'],
      ...['super', 'top', 'heureux', 'heureuse', 'beau', 'belle', 'trop bien', 'excellent'],
      ...['excellente', 'adorable', 'chouette', 'cool', 'joie', 'content', 'contente', 'ravi'],
      ...['ravie', 'trop bon', 'délicieux', 'mdr', 'ptdr', 'haha', 'hahaha', 'yay', 'wow'],
      ...['gagné', 'réussi', 'bravo', 'kiffe', 'kiff', 'aime'],
    ],
    2: [
      ...['heureusement', 'rigole', 'sourire', 'chanceux', 'chanceuse', 'amusant', 'amusante'],
      ...['miam', 'serein', 'sereine', 'soulagé', 'soulagée', 'stylé', 'fierté'],
      ...['meilleur', 'meilleure'],
      ...['bien', 'bon', 'bonne', 'merci', 'mieux', 'sympa', 'drôle', 'marrant', 'marrante'],
      ...['tranquille', 'calme', 'fier', 'fière', 'gentil', 'gentille', 'mignon', 'mignonne'],
      ...['lol', 'rire', 'rigolé', 'détendu', 'détendue', 'plaisir', 'chance', 'agréable'],
    ],
    1: [
      ...['ok', 'okay', "d'accord", 'espère', 'espérons', 'stp', 'svp', 'volontiers', 'ouf'],
      ...['confortable'],
    ],
    [-1]: [
      ...['dommage', 'problème', 'bizarre', 'bof', 'mouais', 'pff', 'bref'],
      ...['lourd', 'lourde', 'grave'],
    ],
    [-2]: [
      ...['tristes', 'pleurs', 'larmes', 'énerve', 'énerver', 'agacé', 'agacée'],
      ...['marre', 'gonflé', 'pénible', 'solitude', 'jalousie', 'engueulé', 'engueulade'],
      ...['crier', 'cris', 'angoissant', 'honte', 'déception', 'décevant', 'inquiétude'],
      ...['malheureux', 'malheureuse', 'blessée', 'vexé', 'vexée', 'bordel', 'foutu'],
      ...['mal', 'mauvais', 'mauvaise', 'triste', 'tristesse', 'fâché', 'fâchée', 'énervé'],
      ...['énervée', 'ennuyeux', 'malade', 'douleur', 'pleurer', 'pleure', 'pleuré', 'jaloux'],
      ...['jalouse', 'déçu', 'déçue', 'difficile', 'peur', 'fatigué', 'fatiguée', 'stress'],
      ...['dispute', 'disputer', 'problèmes', 'injuste', 'faute', 'inquiet', 'inquiète', 'froid'],
      ...['relou', 'saoule', 'soûle', 'galère', 'chiant', 'chiante', 'nul', 'nulle', 'blessé'],
    ],
    [-3]: [
      ...['pire', 'colère', 'ras-le-bol', 'haïr', 'hais', 'détester', 'con'],
      ...['conne', 'idiot', 'idiote', 'débile', 'stupide', 'rupture', 'mensonges'],
      ...['menteur', 'menteuse', 'trompé', 'trompée', 'chier'],
      ...['horrible', 'terrible', 'déteste', 'haine', 'furieux', 'furieuse', 'épuisé', 'épuisée'],
      ...['catastrophe', 'mensonge', 'menti', 'déprimé', 'déprimée', 'insupportable', 'dégoûté'],
      ...['dégoûtée', 'affreux', 'affreuse', 'crevé', 'crevée'],
    ],
    [-4]: ['merde', 'putain', 'dégueulasse', 'horriblement'],
    [-5]: ['connard', 'connasse', 'salope', 'enculé'],
  }),
  spelling: 'strip',
};
