import { FIGURE_QUALIFIERS } from '@chancery/diplomacy';
import { FIGURE_QUALIFIERS as WEB_QUALIFIERS } from '../../apps/web/src/ui/figure-qualifiers';

// The web app is built on its own and imports nothing of the libraries: its copy of the list
// the API validates against must not drift from the domain's.
describe('the web forms offer the figure qualifiers the record takes', () => {
  it('lists the same qualifiers as the domain, in the same order', () => {
    expect([...WEB_QUALIFIERS]).toEqual([...FIGURE_QUALIFIERS]);
  });
});
