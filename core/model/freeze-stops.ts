// Runs anywhere (core): a draft stop as an issued version keeps it: the activity's texts
// as they read now (source plus every non-empty translation) and only public notes.
import type { IssuedStop } from './issued-versions';
import type { LocalizedText } from './localized-text';
import type { Segment } from './segment';
import type { Stop } from './visits';

/** The segment's texts by language: the source, then each translation that has text. */
export function segmentTexts(segment: Segment, sourceLanguage: string): LocalizedText {
  const texts: LocalizedText = {};
  if (segment.source.text.trim()) texts[sourceLanguage] = segment.source.text;
  for (const [language, translation] of Object.entries(segment.translations)) {
    if (translation.status !== 'missing' && translation.text.trim()) texts[language] = translation.text;
  }
  return texts;
}

export function freezeStop(stop: Stop, sourceLanguage: string): IssuedStop {
  return {
    id: stop.id,
    date: stop.date,
    start: stop.start,
    end: stop.end,
    venueId: stop.venueId,
    activity: segmentTexts(stop.activity, sourceLanguage),
    hosts: [...stop.hosts],
    speakers: [...stop.speakers],
    interpreters: stop.interpreters.map((i) => ({ interpreterId: i.interpreterId, pair: [i.pair[0], i.pair[1]] })),
    publicNotes: stop.notes.filter((n) => n.visibility === 'public').map((n) => segmentTexts(n.text, sourceLanguage)),
  };
}
