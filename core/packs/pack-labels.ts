// Runs anywhere (core): the words a pack prints around the workspace's content: section
// names, table headings, in each language a pack is printed in (the host organisation is
// the workspace's, see pack-host.ts; each template's own name is in its file).
// They are part of the printed document (not of the app's interface), so they live here
// rather than in locales/. A language without its own labels falls back to English.

export interface PackLabels {
  contents: string;
  programme: string;
  keyTerms: string;
  contacts: string;
  delegation: string;
  dates: string;
  hostLabel: string;
  time: string;
  venue: string;
  activity: string;
  notes: string;
  place: string;
  address: string;
  addressInChinese: string;
  term: string;
  day: (n: number) => string;
  printed: (date: string) => string;
  /** Explains the marked passages of a pack filled with Chinese. */
  filledNotice: string;
  pageOf: string;
  // Staff brief
  members: string;
  order: string;
  name: string;
  nameLatin: string;
  title: string;
  interpreters: string;
  languagePairs: string;
  assignedStops: string;
  hosts: string;
  speakers: string;
  interpreter: string;
  internal: string;
  delegationNotes: string;
  internalMaterial: string;
  handoutSections: string;
  languages: string;
  // Interpreter sheet
  glossary: string;
  avoid: string;
  keyFigures: string;
  written: string;
  said: string;
  figure: string;
  names: string;
  hostsAndSpeakers: string;
}

const EN: PackLabels = {
  contents: 'Contents',
  programme: 'Programme',
  keyTerms: 'Key terms',
  contacts: 'Contacts and addresses',
  delegation: 'Delegation',
  dates: 'Dates',
  hostLabel: 'Host',
  time: 'Time',
  venue: 'Venue',
  activity: 'Activity',
  notes: 'Notes',
  place: 'Place',
  address: 'Address',
  addressInChinese: 'Address in Chinese (for drivers)',
  term: 'Term',
  day: (n) => `Day ${n}`,
  printed: (date) => `Printed ${date}`,
  filledNotice: 'Passages marked 中文 are printed in Chinese: their translation was not ready when this pack was printed.',
  pageOf: 'Page',
  members: 'Members in protocol order',
  order: 'No.',
  name: 'Name',
  nameLatin: 'Latin spelling',
  title: 'Title',
  interpreters: 'Interpreters',
  languagePairs: 'Language pairs',
  assignedStops: 'Stops',
  hosts: 'Hosts',
  speakers: 'Speakers',
  interpreter: 'Interpreter',
  internal: 'Internal',
  delegationNotes: 'Notes on the delegation',
  internalMaterial: 'Talking points and internal material',
  handoutSections: 'Sections in the delegates’ pack',
  languages: 'Languages',
  glossary: 'Glossary',
  avoid: 'Avoid',
  keyFigures: 'Key figures',
  written: 'Written',
  said: 'Said',
  figure: 'Figure',
  names: 'Names',
  hostsAndSpeakers: 'Hosts and speakers',
};

const ZH: PackLabels = {
  contents: '目录',
  programme: '日程安排',
  keyTerms: '主要术语',
  contacts: '联系方式和地址',
  delegation: '代表团',
  dates: '日期',
  hostLabel: '接待单位',
  time: '时间',
  venue: '地点',
  activity: '活动',
  notes: '备注',
  place: '地点',
  address: '地址',
  addressInChinese: '中文地址（供司机使用）',
  term: '术语',
  day: (n) => `第${n}天`,
  printed: (date) => `印制日期：${date}`,
  filledNotice: '标有“中文”的段落暂以中文印出：印制时其译文尚未完成审校。',
  pageOf: '页',
  members: '团员名单（按礼宾顺序）',
  order: '序号',
  name: '姓名',
  nameLatin: '拉丁字母拼写',
  title: '职务',
  interpreters: '译员',
  languagePairs: '语言对',
  assignedStops: '负责环节',
  hosts: '主持/接待',
  speakers: '介绍人',
  interpreter: '译员',
  internal: '内部',
  delegationNotes: '代表团注意事项',
  internalMaterial: '谈话要点和内部材料',
  handoutSections: '外宾资料包含的章节',
  languages: '语言',
  glossary: '术语表',
  avoid: '避免使用',
  keyFigures: '主要数字',
  written: '书写',
  said: '读法',
  figure: '数字',
  names: '人名',
  hostsAndSpeakers: '主持人和介绍人',
};

const AR: PackLabels = {
  contents: 'المحتويات',
  programme: 'برنامج الزيارة',
  keyTerms: 'مصطلحات أساسية',
  contacts: 'جهات الاتصال والعناوين',
  delegation: 'الوفد',
  dates: 'التاريخ',
  hostLabel: 'الجهة المضيفة',
  time: 'الوقت',
  venue: 'المكان',
  activity: 'النشاط',
  notes: 'ملاحظات',
  place: 'المكان',
  address: 'العنوان',
  addressInChinese: 'العنوان بالصينية (للسائقين)',
  term: 'المصطلح',
  day: (n) => `اليوم ${n}`,
  printed: (date) => `تاريخ الطباعة: ${date}`,
  filledNotice: 'المقاطع المعلَّمة بكلمة 中文 مطبوعة باللغة الصينية، لأن ترجمتها لم تكن جاهزة عند طباعة هذا الملف.',
  pageOf: 'صفحة',
  members: 'أعضاء الوفد حسب الترتيب البروتوكولي',
  order: 'الرقم',
  name: 'الاسم',
  nameLatin: 'الاسم بالحروف اللاتينية',
  title: 'الصفة',
  interpreters: 'المترجمون',
  languagePairs: 'أزواج اللغات',
  assignedStops: 'المحطات',
  hosts: 'المضيفون',
  speakers: 'المتحدثون',
  interpreter: 'المترجم',
  internal: 'داخلي',
  delegationNotes: 'ملاحظات حول الوفد',
  internalMaterial: 'نقاط الحديث والمواد الداخلية',
  handoutSections: 'أقسام ملف الوفد',
  languages: 'اللغات',
  glossary: 'مسرد المصطلحات',
  avoid: 'تجنَّب',
  keyFigures: 'أرقام أساسية',
  written: 'كتابةً',
  said: 'نطقًا',
  figure: 'الرقم',
  names: 'الأسماء',
  hostsAndSpeakers: 'المضيفون والمتحدثون',
};

const RU: PackLabels = {
  contents: 'Содержание',
  programme: 'Программа визита',
  keyTerms: 'Основные термины',
  contacts: 'Контакты и адреса',
  delegation: 'Делегация',
  dates: 'Даты',
  hostLabel: 'Принимающая сторона',
  time: 'Время',
  venue: 'Место',
  activity: 'Мероприятие',
  notes: 'Примечания',
  place: 'Место',
  address: 'Адрес',
  addressInChinese: 'Адрес по-китайски (для водителя)',
  term: 'Термин',
  day: (n) => `День ${n}`,
  printed: (date) => `Напечатано ${date}`,
  filledNotice: 'Фрагменты с пометкой 中文 напечатаны по-китайски: к моменту печати их перевод ещё не был готов.',
  pageOf: 'Стр.',
  members: 'Члены делегации в протокольном порядке',
  order: '№',
  name: 'Имя',
  nameLatin: 'Латиницей',
  title: 'Должность',
  interpreters: 'Переводчики',
  languagePairs: 'Языковые пары',
  assignedStops: 'Этапы',
  hosts: 'Принимают',
  speakers: 'Выступают',
  interpreter: 'Переводчик',
  internal: 'Для служебного пользования',
  delegationNotes: 'Заметки о делегации',
  internalMaterial: 'Тезисы и служебные материалы',
  handoutSections: 'Разделы материалов для делегации',
  languages: 'Языки',
  glossary: 'Глоссарий',
  avoid: 'Не использовать',
  keyFigures: 'Основные цифры',
  written: 'Запись',
  said: 'Произношение',
  figure: 'Показатель',
  names: 'Имена',
  hostsAndSpeakers: 'Принимающие и выступающие',
};

const FR: PackLabels = {
  contents: 'Sommaire',
  programme: 'Programme',
  keyTerms: 'Termes clés',
  contacts: 'Contacts et adresses',
  delegation: 'Délégation',
  dates: 'Dates',
  hostLabel: 'Hôte',
  time: 'Heure',
  venue: 'Lieu',
  activity: 'Activité',
  notes: 'Remarques',
  place: 'Lieu',
  address: 'Adresse',
  addressInChinese: 'Adresse en chinois (pour les chauffeurs)',
  term: 'Terme',
  day: (n) => `Jour ${n}`,
  printed: (date) => `Imprimé le ${date}`,
  filledNotice: 'Les passages marqués 中文 sont imprimés en chinois : leur traduction n’était pas prête au moment de l’impression.',
  pageOf: 'Page',
  members: 'Membres dans l’ordre protocolaire',
  order: 'N°',
  name: 'Nom',
  nameLatin: 'Graphie latine',
  title: 'Fonction',
  interpreters: 'Interprètes',
  languagePairs: 'Combinaisons linguistiques',
  assignedStops: 'Étapes',
  hosts: 'Accueil',
  speakers: 'Intervenants',
  interpreter: 'Interprète',
  internal: 'Interne',
  delegationNotes: 'Notes sur la délégation',
  internalMaterial: 'Éléments de langage et documents internes',
  handoutSections: 'Sections du dossier remis à la délégation',
  languages: 'Langues',
  glossary: 'Glossaire',
  avoid: 'À éviter',
  keyFigures: 'Chiffres clés',
  written: 'Écrit',
  said: 'Dit',
  figure: 'Chiffre',
  names: 'Noms',
  hostsAndSpeakers: 'Hôtes et intervenants',
};

const ES: PackLabels = {
  contents: 'Índice',
  programme: 'Programa',
  keyTerms: 'Términos clave',
  contacts: 'Contactos y direcciones',
  delegation: 'Delegación',
  dates: 'Fechas',
  hostLabel: 'Anfitrión',
  time: 'Hora',
  venue: 'Lugar',
  activity: 'Actividad',
  notes: 'Observaciones',
  place: 'Lugar',
  address: 'Dirección',
  addressInChinese: 'Dirección en chino (para el conductor)',
  term: 'Término',
  day: (n) => `Día ${n}`,
  printed: (date) => `Impreso el ${date}`,
  filledNotice: 'Los pasajes marcados con 中文 se imprimen en chino: su traducción no estaba lista al imprimir este dosier.',
  pageOf: 'Página',
  members: 'Miembros por orden protocolario',
  order: 'N.º',
  name: 'Nombre',
  nameLatin: 'Grafía latina',
  title: 'Cargo',
  interpreters: 'Intérpretes',
  languagePairs: 'Combinaciones lingüísticas',
  assignedStops: 'Etapas',
  hosts: 'Anfitriones',
  speakers: 'Ponentes',
  interpreter: 'Intérprete',
  internal: 'Interno',
  delegationNotes: 'Notas sobre la delegación',
  internalMaterial: 'Mensajes clave y material interno',
  handoutSections: 'Secciones del dosier para la delegación',
  languages: 'Idiomas',
  glossary: 'Glosario',
  avoid: 'Evitar',
  keyFigures: 'Cifras clave',
  written: 'Escrito',
  said: 'Dicho',
  figure: 'Cifra',
  names: 'Nombres',
  hostsAndSpeakers: 'Anfitriones y ponentes',
};

const PT: PackLabels = {
  contents: 'Sumário',
  programme: 'Programa',
  keyTerms: 'Termos-chave',
  contacts: 'Contatos e endereços',
  delegation: 'Delegação',
  dates: 'Datas',
  hostLabel: 'Anfitrião',
  time: 'Horário',
  venue: 'Local',
  activity: 'Atividade',
  notes: 'Observações',
  place: 'Local',
  address: 'Endereço',
  addressInChinese: 'Endereço em chinês (para o motorista)',
  term: 'Termo',
  day: (n) => `Dia ${n}`,
  printed: (date) => `Impresso em ${date}`,
  filledNotice: 'Os trechos marcados com 中文 estão impressos em chinês: a tradução não estava pronta quando este dossiê foi impresso.',
  pageOf: 'Página',
  members: 'Membros por ordem protocolar',
  order: 'N.º',
  name: 'Nome',
  nameLatin: 'Grafia latina',
  title: 'Cargo',
  interpreters: 'Intérpretes',
  languagePairs: 'Pares de idiomas',
  assignedStops: 'Etapas',
  hosts: 'Anfitriões',
  speakers: 'Apresentadores',
  interpreter: 'Intérprete',
  internal: 'Interno',
  delegationNotes: 'Notas sobre a delegação',
  internalMaterial: 'Pontos de fala e material interno',
  handoutSections: 'Seções do dossiê da delegação',
  languages: 'Idiomas',
  glossary: 'Glossário',
  avoid: 'Evitar',
  keyFigures: 'Números-chave',
  written: 'Escrito',
  said: 'Falado',
  figure: 'Número',
  names: 'Nomes',
  hostsAndSpeakers: 'Anfitriões e apresentadores',
};

const LABELS: Record<string, PackLabels> = { en: EN, zh: ZH, ar: AR, ru: RU, fr: FR, es: ES, pt: PT };

/** Languages whose labels are written out (others print English labels). */
export const LABELLED_LANGUAGES = Object.keys(LABELS);

/** A name printed in each language (a template's kind, say): the language's, else English. */
export interface PrintedNames {
  en: string;
  zh: string;
  [language: string]: string;
}

export function printedName(names: PrintedNames, language: string): string {
  return names[language] ?? names[language.split('-')[0]!] ?? names.en;
}

export function packLabels(language: string): PackLabels {
  return LABELS[language] ?? LABELS[language.split('-')[0]!] ?? EN;
}

/** Languages' names in a language, for "中文—俄语" and the like. */
export { languageName } from '../i18n/language-name';
