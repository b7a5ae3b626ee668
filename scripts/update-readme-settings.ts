// Rewrites the settings table in README.md from src/config.ts (run after adding a setting).
import fs from 'node:fs';
import { settingsTable } from './print-settings-table.ts';

const start = '<!-- settings-table:start -->';
const end = '<!-- settings-table:end -->';
const readme = fs.readFileSync('README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
fs.writeFileSync('README.md', `${before}\n${settingsTable()}\n${after}`);
