/**
 * Words the generated help desk is written in. Bodies are a few whole sentences picked from
 * these lists, so full-text search meets real words at realistic frequencies, and no sentence
 * says "refund": the generator adds that word to a measured share of tickets (see tickets.ts).
 */

export const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Liam', 'Maya', 'Noah', 'Olga', 'Pavel',
  'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aron', 'Bea', 'Chen', 'Dana', 'Emil', 'Fatima',
  'Gustav', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lena', 'Marco', 'Nina',
];

export const LAST_NAMES = [
  'Smith', 'Berzina', 'Garcia', 'Novak', 'Kim', 'Okafor', 'Rossi', 'Schmidt', 'Dubois', 'Silva', 'Tanaka', 'Kowalski', 'Jensen', 'Haddad',
  'Ivanova', 'Murphy', 'Larsen', 'Costa', 'Nguyen', 'Fischer', 'Moreau', 'Petrov', 'Ali', 'Brown', 'Weber', 'Santos', 'Lopez', 'Meyer',
  'Kalnins', 'Ozols', 'Walker', 'Young', 'Hill', 'Baker', 'Adams', 'Clark', 'Lewis', 'King', 'Wright', 'Scott',
];

export const DEPARTMENT_NAMES = [
  'Enterprise', 'Billing', 'Technical Support', 'Sales', 'Shipping', 'Returns', 'Accounts', 'Onboarding', 'Partners', 'Mobile App',
  'Integrations', 'Security', 'Hardware', 'Licensing', 'Training', 'Compliance', 'Marketplace', 'Payments', 'Logistics', 'Feedback',
];

export const TAGS = [
  'billing', 'invoice', 'login', 'password', 'shipping', 'delivery', 'damaged', 'return', 'exchange', 'warranty', 'bug', 'crash',
  'performance', 'feature-request', 'integration', 'api', 'mobile', 'ios', 'android', 'browser', 'email', 'notification', 'export',
  'import', 'subscription', 'upgrade', 'downgrade', 'cancellation', 'discount', 'vat', 'gdpr', 'security', 'sso', 'onboarding',
  'training', 'urgent', 'vip', 'complaint', 'praise', 'follow-up',
];

export const CONTACT_GROUPS = ['VIP customers', 'Partners', 'Resellers', 'Press'];

export const SUBJECT_OPENINGS = [
  'Problem with', 'Question about', 'Cannot access', 'Help with', 'Error in', 'Issue with', 'Request for', 'Update on', 'Trouble with',
  'Feedback on', 'Urgent: broken', 'Missing', 'Wrong', 'How to change', 'Delay with', 'Confused about',
];

export const SUBJECT_TOPICS = [
  'my invoice', 'the login page', 'order delivery', 'the mobile app', 'password reset', 'my subscription', 'the API key', 'account settings',
  'the last payment', 'data export', 'email notifications', 'the warranty', 'a damaged parcel', 'the user invitation', 'two-factor codes',
  'the dashboard', 'VAT on the receipt', 'single sign-on', 'the shipping address', 'a duplicate charge', 'the integration with Slack',
  'report totals', 'the discount code', 'my upgrade', 'contract renewal', 'the training session', 'printer setup', 'the calendar sync',
];

export const CUSTOMER_SENTENCES = [
  'Hello, I have been trying to sort this out since yesterday.',
  'Since the last update nothing works as it did before.',
  'I already restarted the application and cleared the browser cache.',
  'My colleague sees the same error message on her laptop.',
  'The order number is in the attachment of my previous email.',
  'Could you please tell me what is going on?',
  'This is the third time I write about the same problem.',
  'We need this fixed before the end of the week.',
  'The page shows a spinner and then a blank screen.',
  'I was charged twice for the same month.',
  'The parcel arrived with a broken seal and a scratched cover.',
  'I cannot find the setting you mentioned in the menu.',
  'Thanks for the quick answer, but it did not help.',
  'The invitation email never arrived in our inbox.',
  'Our whole team is blocked until this works again.',
  'Is there a workaround we can use in the meantime?',
  'The export stops at about eighty percent every time.',
  'I would like to change the billing address on the account.',
  'The code from the authenticator app is always rejected.',
  'Please call me back, my number is on the account.',
];

export const AGENT_SENTENCES = [
  'Thank you for reaching out and sorry for the trouble.',
  'I checked your account and found the cause of the problem.',
  'Could you send us a screenshot of the error message?',
  'Our engineers deployed a fix this morning, please try again.',
  'I have forwarded your request to the billing team.',
  'The duplicate charge was reversed and will show within five working days.',
  'Please clear the cache and sign in again with the new link below.',
  'A replacement parcel is on its way with express delivery.',
  'You can change this under Settings, then Account, then Billing.',
  'I reset the two-factor configuration, you can enrol your device again.',
  'The export limit was raised for your workspace.',
  'Let me know if anything else comes up, we are happy to help.',
  'I am closing this request now, reply to this message to reopen it.',
  'We are still investigating and will update you tomorrow.',
  'The integration token expired, a new one is in your dashboard.',
  'Your invitation was sent again to the address you gave us.',
];

export const NOTE_SENTENCES = [
  'Checked the logs: timeouts on the export worker around that time.',
  'Customer is on the annual plan, renewal next month.',
  'Same issue as the one reported by the partner last week.',
  'Escalated to second level, waiting for their analysis.',
  'Payment provider confirms the double authorisation.',
  'Courier claim opened, reference in the shipping tool.',
  'Do not promise a date before engineering confirms.',
  'Account flagged for a courtesy discount on the next invoice.',
];

/** The word the HTTP benchmark searches for. */
export const SEARCHED_WORD = 'refund';
export const SEARCHED_SUBJECT_TOPIC = `a ${SEARCHED_WORD} for my order`;
export const SEARCHED_SENTENCE = `I would like a ${SEARCHED_WORD} for this order, please.`;
