// Package nlu is the embedded natural language understanding of jovo-go: it
// maps a caller's transcribed words to an intent with entities, in English
// and German, without an external service.
//
// Models are Jovo v4 model files (models/<locale>.json): intents with
// phrases such as "i want {number} pizzas", entity declarations, and
// entity types with values and synonyms. LoadModel, LoadFile and LoadDir
// decode and check them; New builds an Engine over one Model per locale.
//
// Engine.Match is made for speech-to-text output. It folds case,
// punctuation, umlauts and ß, drops filler words ("äh", "um", "please",
// "bitte"), tolerates a wrong, missing or extra word and small changes of
// word order, and reads numbers said as words or digits. Slot values are
// extracted by aligning the phrase templates with the text; the built-in
// entity types NUMBER, DIGITS, YES_NO and DATE are parsed in both
// languages. A match below the threshold yields no intent.
//
// Jovo's listen options map onto MatchOptions: Intents restricts matching
// to a set of intents (intent scoping, _JOVO_LISTEN_INTENTS_) and
// DynamicEntities replaces or extends entity types for one match. A
// KeywordMap (Jovo's KeywordNluPlugin) is checked before the models.
//
// Plugin brings an NLU into an app (Jovo's NluPlugin): on the
// interpretation.nlu phase it asks a Service — the Engine, or any other
// NLU behind the Service interface — about the input's text and sets the
// intent, the entities and the confidence; after the response it keeps
// listen.intents for the next turn and listen.entities for the session.
// KeywordPlugin answers exact phrases before the NLU is asked.
//
// Everything that can be is computed at load: normalized phrase tokens, a
// fuzzy lexicon, an inverted index from words to phrases. A match against
// a model of 30 intents with 20 phrases each takes about 25 µs of CPU; an
// Engine is safe for concurrent use. docs/nlu.md describes the scoring and
// the measured accuracy.
package nlu
