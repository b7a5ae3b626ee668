import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsTable } from './print-settings-table.ts';
import { settings } from '../src/config.ts';

describe('the README', () => {
  const readme = fs.readFileSync('README.md', 'utf8');

  it('shows the install, start and test commands first', () => {
    const install = readme.indexOf('npm install');
    expect(install).toBeGreaterThan(-1);
    expect(readme.indexOf('npm start')).toBeGreaterThan(install);
    expect(readme.indexOf('npm test')).toBeGreaterThan(install);
    expect(install).toBeLessThan(readme.indexOf('## Settings'));
  });

  it('documents every setting exactly as src/config.ts defines it (run scripts/update-readme-settings.ts)', () => {
    expect(readme).toContain(settingsTable());
    for (const key of Object.keys(settings)) expect(readme).toContain(`\`${key}\``);
  });
});
