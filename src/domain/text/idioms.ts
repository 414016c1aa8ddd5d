/**
 * Figures of speech that sound alarming but are not ("I could kill for a holiday", "she is dead
 * tired", "knocked it out of the park"). Their spans are blanked before the safety patterns run,
 * so they can never raise a flag. Kept deliberately narrow: an idiom list that swallowed a real
 * disclosure would be worse than a false alarm.
 */
export const IDIOMS: readonly string[] = [
  // killing and murder
  String.raw`\bcould\s+(?:kill|murder)\s+(?:for\b|a\s+|an\s+|some\b)`,
  String.raw`\b(?:would|'d)\s+kill\s+for\b`,
  String.raw`\bto\s+kill\s+for\b`,
  String.raw`\bkill(?:ing|ed|s)?\s+(?:it|time|the\s+(?:mood|vibe|conversation|lights?))\b`,
  String.raw`\bkill(?:ing|ed)?\s+(?:myself|me|us|him|her)\s+(?:laughing|with\s+laughter)\b`,
  String.raw`\bkill(?:ing)?\s+myself\s+(?:at|to|trying|working|for|over|in)\b`,
  String.raw`\b(?:is|are|was|were|'s|'re)\s+killing\s+(?:me|us)\b(?=\s*(?:[.!,;]|$|lol|haha))`,
  String.raw`\b(?:my|his|her|the)\s+(?:back|feet|knees?|head|neck|legs?|shoulders?)\s+(?:is|are|was|were)\s+killing\b`,
  String.raw`\bmurder(?:ed|ing)?\s+(?:a|an|some)\s+\w+`,
  String.raw`\bmurder\s+mysteries|\bmurder\s+mystery|\btrue\s+crime\b|\bkiller\s+(?:app|workout|view|deal|heels|smile|outfit)\b`,
  // a service, a cause or a job named after a crisis ("a suicide prevention line")
  String.raw`\b(?:suicid\w*|self[-\s]?harm|domestic\s+(?:violence|abuse))\s+(?:prevention|hotline|helpline|help\s+line|line|awareness|charity|charities|training|research|statistics|rates?|walk|fundrais\w*|support\s+(?:group|line|worker|service)|volunteers?|counsell?ors?|workers?|services?|refuge|shelter|team|course|module)\b`,
  // laughing so hard: "in stitches" is not an injury
  String.raw`\bin\s+stitches\b(?!\s+(?:after|from|because|on|in\s+(?:my|his|her)))`,
  // death and dying
  String.raw`\bdead\s+(?:tired|beat|serious|set|wrong|right|on\s+(?:my|his|her|their)\s+feet|quiet|boring|easy|end|line|lines|ringer|heat|weight)\b`,
  String.raw`\bdead\s+to\s+the\s+world\b`,
  String.raw`\bdrop[-\s]dead\s+(?:gorgeous|beautiful)\b`,
  String.raw`\b(?:bored|sick|worked|tired|freezing|starving)\s+to\s+death\b`,
  String.raw`\bdying\s+(?:to|for)\b`,
  String.raw`\bdying\s+of\s+(?:laughter|embarrassment|boredom|curiosity|shame|thirst|hunger)\b`,
  String.raw`\bto\s+die\s+for\b`,
  String.raw`\b(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|shame|laughter|boredom|cringe)\b`,
  String.raw`\b(?:nearly|almost)\s+died\s+(?:laughing|of\s+(?:embarrassment|laughter|shame|fright))\b`,
  String.raw`\bdied\s+laughing\b`,
  String.raw`\bI\s+could\s+(?:just\s+|have\s+)?(?:die|died)\b(?!\s+(?:if|when|because))`,
  String.raw`\bI'm\s+dead\b(?=\s*(?:lol|haha|lmao|😂|!|\.|$))`,
  String.raw`\bover\s+my\s+dead\s+body\b`,
  String.raw`\b(?:career|social|political|commercial)\s+suicide\b|\bsuicide\s+(?:squad|mission|doors?|run|sprints?)\b`,
  String.raw`\boverdos(?:e|ed|ing)\s+on\s+(?:coffee|caffeine|chocolate|sugar|netflix|tv|sun|carbs)\b`,
  // hitting, beating, pushing, knocking
  String.raw`\bhit\s+(?:the\s+(?:gym|road|sack|hay|books|bottle|roof|ceiling|jackpot|shops|town|pub|bars?|ground\s+running|nail\s+on\s+the\s+head|spot)|it\s+off|me\s+up|home|a\s+(?:wall|nerve|rough\s+patch|snag|milestone|low|home\s+run|high)|rock\s+bottom|me\s+with\s+(?:the|a|some|this|that)\s+(?:news|question|bill|idea)|the\s+brakes)\b`,
  String.raw`\b(?:it|that|this|reality|the\s+news|the\s+realisation|the\s+realization)\s+(?:really\s+)?hit\s+me\b`,
  String.raw`\bhit\s+(?:him|her|me)\s+(?:hard|badly)\s+(?:when|after|that)\b`,
  String.raw`(?:^|[.!?]\s+)beats\s+me\b|\b(?:it|that)\s+beats\s+me\b`,
  String.raw`\bbeat\s+(?:me|him|her|us|them)\s+(?:at|in|to)\s+(?!death)\w+`,
  String.raw`\bbeat(?:ing|s)?\s+(?:myself|himself|herself|themselves)\s+up\b`,
  String.raw`\bbeat(?:ing)?\s+around\s+the\s+bush\b`,
  String.raw`\bpush(?:es|ed|ing)?\s+me\s+(?:away|to\s+(?!the\s+(?:ground|floor|wall))\w+|for\b|forward|harder|too\s+hard|out\s+of\s+my\s+comfort|towards?|into\s+(?:a\s+)?(?:decision|corner|therapy|counselling|counseling|dating|applying|it))`,
  String.raw`\bpush(?:es|ed|ing)?\s+(?:my|his|her)\s+buttons\b`,
  String.raw`\bknock(?:ed|s|ing)?\s+(?:it|them|'em)\s+out\s+of\s+the\s+park\b`,
  String.raw`\bknock(?:ed|s|ing)?\s+(?:me|him|her)\s+(?:off\s+(?:my|his|her)\s+feet|for\s+six|sideways)\b`,
  String.raw`\bknock\s+(?:'em|them)\s+dead\b|\bknock(?:ed)?\s+up\b|\bknockout\b`,
  String.raw`\bslap[-\s]up\b|\bpunch\s*line\b|\bpacks?\s+a\s+punch\b|\bbeat\s+the\s+(?:traffic|rush|crowds?|heat)\b`,
  String.raw`\bthrew\s+(?:me|us)\s+(?:a|an)\s+(?:party|surprise|curveball|bone|lifeline)\b|\bthrow\s+(?:me|us)\s+(?:a|an)\s+(?:party|surprise|curveball|bone)\b`,
  String.raw`\bgrab(?:bed|s|bing)?\s+(?:me|us)\s+(?:a|an|some|lunch|dinner|coffee)\b`,
  // a hold that is a hug ("grabs me for a cuddle", "pulled me into a hug")
  String.raw`\b(?:grab|pull|yank|drag|squeez|scoop|sweep|swept)\w*\s+(?:me|us)\s+(?:up\s+)?(?:for|into|in)\s+(?:a\s+|an\s+|another\s+)?(?:big\s+|huge\s+|quick\s+|bear\s+|long\s+|tight\s+)?(?:hugs?|cuddles?|kiss(?:es)?|dance|selfie|photo)\b`,
  // smothered with affection
  String.raw`\bsmother(?:s|ed|ing)?\s+(?:me|us|him|her|them)\s+(?:in|with)\s+(?:kisses|love|affection|attention|hugs|cuddles|praise|presents|gifts)\b`,
  // striking as noticing ("what strikes me is", "it struck me that")
  String.raw`\b(?:what|it|that|this|which|one\s+thing|the\s+thing)\s+(?:really\s+|also\s+|most\s+)?(?:strikes|struck)\s+me\b|\b(?:strikes|struck)\s+me\s+(?:as|that|how|most)\b`,
  // choking and strangling
  String.raw`\bchok(?:e|ed|es|ing)\s+(?:me\s+)?up\b`,
  String.raw`\bchok(?:e|ed|es|ing)\s+(?:on|back|under|during|at\s+the|in\s+the)\b`,
  String.raw`\bstrangled\s+(?:laugh|cry|sob|voice|sound|noise|yelp)\b`,
  String.raw`\bI\s+(?:could|can)\s+(?:strangle|throttle)\s+(?:him|her|them)\b`,
  // weapons
  String.raw`\b(?:stick|sticks|sticking|stuck)\s+to\s+(?:my|his|her|your|our|their)\s+guns\b`,
  String.raw`\bjump(?:ed|s|ing)?\s+the\s+gun\b|\bgun(?:ning|s)?\s+for\b|\bsmoking\s+gun\b|\bunder\s+the\s+gun\b|\bbig\s+guns\b|\btop\s+gun\b|\bson\s+of\s+a\s+gun\b|\bguns?\s+blazing\b`,
  String.raw`\b(?:glue|nail|water|nerf|squirt|staple|heat|spray|massage|paint|toy)\s+guns?\b`,
  String.raw`\bshotgun\s+(?:seat|wedding)\b|\bcalled\s+shotgun\b`,
  String.raw`\bknife[-\s]edge\b|\bunder\s+the\s+knife\b|\bknife\s+and\s+fork\b|\bbutter\s+knife\b|\bcut\s+(?:the\s+)?(?:tension|atmosphere|air)\s+with\s+a\s+knife\b|\bcould\s+cut\s+(?:the\s+\w+|it)\s+with\s+a\s+knife\b`,
  // threats and fear in ordinary senses
  String.raw`\bscared\s+the\s+(?:life|hell|crap|shit)\s+out\s+of\s+me\s+(?:when\s+(?:I|the|a)|at\s+the)\b`,
  String.raw`\bmy\s+heart\s+stopped\b`,
  String.raw`\bstalk(?:ing|ed)?\s+(?:(?:his|her|their|my|your)\s+)?(?:ex's\s+)?(?:instagram|insta|facebook|profile|socials|social\s+media|page|tiktok|linkedin|twitter)\b`,
  // self-harm words in ordinary senses
  String.raw`\bcut\s+myself\s+(?:shaving|cooking|chopping|on|while|with\s+a\s+(?:kitchen\s+)?knife\s+(?:by\s+accident|accidentally))\b`,
  String.raw`\bhurt\s+myself\s+(?:at|playing|skiing|running|lifting|on|in\s+the|while|when\s+I\s+(?:fell|tripped|slipped)|falling|doing)\b`,
];
