import type { conceptDa } from './conceptDa';

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of HR's concept administration. */
export const conceptEn: Texts<typeof conceptDa> = {
  concept: {
    tab: 'Concept',
    loading: 'Loading the concept …',
    title: 'MUS concept',
    intro:
      'Choose the year, scope and template. Your changes are a draft that leaders and employees do not see until you publish it.',
    year: 'Year',
    scope: 'Scope',
    organisation: 'The whole organisation',
    unit: '{{name}}’s unit',
    template: 'Template',
    inForce: 'In force: version {{version}} of {{date}}.',
    noneInForce: 'No concept has been published for this year and scope yet.',
    draftOf: 'Draft, copied from {{year}} (version {{version}}).',
    draftNew: 'Draft.',
    noDraft: 'There is no draft. Start one:',
    copyLastYear: 'Copy last year’s concept',
    fromTemplate: 'Start from the template',
    fromInForce: 'Edit the concept in force',
    edit: 'Edit',
    previewLeader: 'Preview as leader',
    previewEmployee: 'Preview as employee',
    duration: 'Length of the conversation (minutes)',
    topics: 'Topics',
    topicsIntro:
      'Basis topics are in until you take them out; optional topics are in when you choose them. Development goals are always in, as the last topic.',
    kind_basis: 'Basis topic',
    kind_optional: 'Optional topic',
    kind_own: 'Own topic',
    include: 'In the conversation: {{topic}}',
    goalsAlways: 'Always in',
    removeOwn: 'Remove {{topic}}',
    questions: 'Questions for {{topic}}',
    questionDa: 'Question {{n}} (Danish)',
    questionEn: 'Question {{n}} (English)',
    removeQuestion: 'Remove question {{n}}',
    addQuestion: 'Add a question',
    ownTitle: 'Add an own topic',
    ownTitleDa: 'Title (Danish)',
    ownTitleEn: 'Title (English)',
    addOwn: 'Add topic',
    save: 'Save draft',
    saving: 'Saving …',
    saved: 'The draft is saved.',
    unsaved: 'Changes are not saved.',
    publish: 'Publish',
    published:
      'Published: version {{version}} is now in force for {{year}}. Rounds planned from now on use it; rounds under way keep their agenda.',
    previewIntro: 'This is how the agenda and the preparation look with the draft. Nothing is saved here.',
    previewOptional: 'Optional topics that can still be proposed',
    cannotPreview: 'The draft cannot become a concept yet. Correct the marked fields.',
    editError: {
      titleEmpty: 'Write the topic’s title in both Danish and English.',
      questionEmpty: 'Write each question in both Danish and English, or remove it.',
      tooManyTopics: 'A concept can have at most 30 topics in all.',
    },
  },
};
