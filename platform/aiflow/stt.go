package aiflow

// STTProvider is a speech-to-text provider of configure_transcription. The
// wire values are upper snake case, unlike TTSProvider.
type STTProvider string

// The STT providers of v1.11.0. SIPGATE_QWEN and SIPGATE_PARAKEET come from
// the TypeScript plugin's README for v1.11.0; the service's documentation
// lists only the first three.
const (
	STTAzure           STTProvider = "AZURE"
	STTDeepgram        STTProvider = "DEEPGRAM"
	STTElevenLabs      STTProvider = "ELEVEN_LABS"
	STTSipgateQwen     STTProvider = "SIPGATE_QWEN"
	STTSipgateParakeet STTProvider = "SIPGATE_PARAKEET"
)

// Known reports whether p is one of the providers of v1.11.0.
func (p STTProvider) Known() bool {
	switch p {
	case STTAzure, STTDeepgram, STTElevenLabs, STTSipgateQwen, STTSipgateParakeet:
		return true
	}
	return false
}
