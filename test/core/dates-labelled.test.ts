// Dates written with their labels in the cell, as in a table pasted from Word.

import { readDateText } from '../../core/dates';

describe('labelled dates', () => {
  it('reads "Frist: …" as the day', () => {
    const r = readDateText('Frist: 15.09.2027');
    expect([r?.first, r?.last, r?.range]).toEqual(['2027-09-15', '2027-09-15', false]);
  });

  it('reads "Start: …" and "Slut: …" on two lines as a range', () => {
    const r = readDateText('Start: 01.10.2027\nSlut: 29.10.2027');
    expect([r?.first, r?.last, r?.range]).toEqual(['2027-10-01', '2027-10-29', true]);
  });

  it('leaves other labelled texts unread', () => {
    expect(readDateText('Note: 15.09.2027')).toBeUndefined();
    expect(readDateText('Start: 01.10.2027')).toBeUndefined();
    expect(readDateText('Start: snart\nSlut: 29.10.2027')).toBeUndefined();
  });
});
