// Runs anywhere (core): the words printed around an itinerary outside the app's interface:
// in calendar entries and on change notices, in each language a delegation reads. Like the
// packs' labels they belong to the printed output, not to locales/; other languages fall
// back to English.
import type { ChangeKind } from './itinerary-changes';

export interface ItineraryLabels {
  hosts: string;
  speakers: string;
  notes: string;
  version: (number: number, date: string) => string;
  draftAfter: (number: number, date: string) => string;
  changeNotice: string;
  changesSince: (from: number, to: number) => string;
  issuedBy: string;
  previously: string;
  /** The column naming the kind of change. */
  what: string;
  noChanges: string;
  change: Record<ChangeKind, string>;
  time: string;
  venue: string;
  activity: string;
  interpreters: string;
}

const EN: ItineraryLabels = {
  hosts: 'Hosts',
  speakers: 'Speakers',
  notes: 'Notes',
  version: (n, date) => `Version ${n} · ${date}`,
  draftAfter: (n, date) => `Draft, after version ${n} · ${date}`,
  changeNotice: 'Change notice',
  changesSince: (from, to) => `Changes in version ${to} since version ${from}`,
  issuedBy: 'Issued by',
  previously: 'Previously',
  what: 'Change',
  noChanges: 'No changes.',
  change: { added: 'Added', cancelled: 'Cancelled', moved: 'New time', 'venue-changed': 'New venue', 'interpreter-changed': 'Interpreters changed' },
  time: 'Time',
  venue: 'Venue',
  activity: 'Activity',
  interpreters: 'Interpreters',
};

const LABELS: Record<string, ItineraryLabels> = {
  en: EN,
  zh: {
    hosts: '主持',
    speakers: '介绍人',
    notes: '备注',
    version: (n, date) => `第${n}版 · ${date}`,
    draftAfter: (n, date) => `草稿（第${n}版 · ${date}之后）`,
    changeNotice: '日程变更通知',
    changesSince: (from, to) => `第${to}版相对第${from}版的变更`,
    issuedBy: '发布人',
    previously: '原为',
    what: '变更',
    noChanges: '无变更。',
    change: { added: '新增', cancelled: '取消', moved: '时间变更', 'venue-changed': '地点变更', 'interpreter-changed': '翻译变更' },
    time: '时间',
    venue: '地点',
    activity: '活动',
    interpreters: '翻译',
  },
  ar: {
    hosts: 'المضيفون',
    speakers: 'المتحدثون',
    notes: 'ملاحظات',
    version: (n, date) => `النسخة ${n} · ${date}`,
    draftAfter: (n, date) => `مسودة بعد النسخة ${n} · ${date}`,
    changeNotice: 'إشعار بتغيير البرنامج',
    changesSince: (from, to) => `التغييرات في النسخة ${to} مقارنة بالنسخة ${from}`,
    issuedBy: 'أصدرها',
    previously: 'سابقًا',
    what: 'التغيير',
    noChanges: 'لا تغييرات.',
    change: { added: 'أُضيف', cancelled: 'أُلغي', moved: 'موعد جديد', 'venue-changed': 'مكان جديد', 'interpreter-changed': 'تغيير المترجمين' },
    time: 'الوقت',
    venue: 'المكان',
    activity: 'النشاط',
    interpreters: 'المترجمون',
  },
  ru: {
    hosts: 'Принимающая сторона',
    speakers: 'Выступающие',
    notes: 'Примечания',
    version: (n, date) => `Версия ${n} · ${date}`,
    draftAfter: (n, date) => `Черновик после версии ${n} · ${date}`,
    changeNotice: 'Уведомление об изменениях программы',
    changesSince: (from, to) => `Изменения в версии ${to} по сравнению с версией ${from}`,
    issuedBy: 'Выпустил(а)',
    previously: 'Ранее',
    what: 'Изменение',
    noChanges: 'Изменений нет.',
    change: { added: 'Добавлено', cancelled: 'Отменено', moved: 'Новое время', 'venue-changed': 'Новое место', 'interpreter-changed': 'Смена переводчиков' },
    time: 'Время',
    venue: 'Место',
    activity: 'Мероприятие',
    interpreters: 'Переводчики',
  },
  fr: {
    hosts: 'Hôtes',
    speakers: 'Intervenants',
    notes: 'Remarques',
    version: (n, date) => `Version ${n} · ${date}`,
    draftAfter: (n, date) => `Brouillon, après la version ${n} · ${date}`,
    changeNotice: 'Avis de modification du programme',
    changesSince: (from, to) => `Modifications de la version ${to} par rapport à la version ${from}`,
    issuedBy: 'Émis par',
    previously: 'Auparavant',
    what: 'Modification',
    noChanges: 'Aucune modification.',
    change: { added: 'Ajouté', cancelled: 'Annulé', moved: 'Nouvel horaire', 'venue-changed': 'Nouveau lieu', 'interpreter-changed': 'Interprètes modifiés' },
    time: 'Heure',
    venue: 'Lieu',
    activity: 'Activité',
    interpreters: 'Interprètes',
  },
  es: {
    hosts: 'Anfitriones',
    speakers: 'Ponentes',
    notes: 'Notas',
    version: (n, date) => `Versión ${n} · ${date}`,
    draftAfter: (n, date) => `Borrador posterior a la versión ${n} · ${date}`,
    changeNotice: 'Aviso de cambios en el programa',
    changesSince: (from, to) => `Cambios de la versión ${to} respecto de la versión ${from}`,
    issuedBy: 'Emitido por',
    previously: 'Antes',
    what: 'Cambio',
    noChanges: 'Sin cambios.',
    change: { added: 'Añadido', cancelled: 'Cancelado', moved: 'Nuevo horario', 'venue-changed': 'Nuevo lugar', 'interpreter-changed': 'Cambio de intérpretes' },
    time: 'Hora',
    venue: 'Lugar',
    activity: 'Actividad',
    interpreters: 'Intérpretes',
  },
  pt: {
    hosts: 'Anfitriões',
    speakers: 'Oradores',
    notes: 'Observações',
    version: (n, date) => `Versão ${n} · ${date}`,
    draftAfter: (n, date) => `Rascunho posterior à versão ${n} · ${date}`,
    changeNotice: 'Aviso de alterações no programa',
    changesSince: (from, to) => `Alterações da versão ${to} em relação à versão ${from}`,
    issuedBy: 'Emitido por',
    previously: 'Antes',
    what: 'Alteração',
    noChanges: 'Sem alterações.',
    change: { added: 'Incluído', cancelled: 'Cancelado', moved: 'Novo horário', 'venue-changed': 'Novo local', 'interpreter-changed': 'Intérpretes alterados' },
    time: 'Horário',
    venue: 'Local',
    activity: 'Atividade',
    interpreters: 'Intérpretes',
  },
};

export function itineraryLabels(language: string): ItineraryLabels {
  return LABELS[language] ?? LABELS[language.split('-')[0]!] ?? EN;
}
