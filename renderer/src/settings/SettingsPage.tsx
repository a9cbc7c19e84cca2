import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/domain';
import { PageHeading } from '../frame/PageHeading';

/** A language named in itself ("English", "français", "العربية"), as people look for their own. */
function languageName(language: string): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}

/** What the app is working on and in which language; read-only until there is more than one of either. */
export function SettingsPage({ workspace }: { workspace: WorkspaceInfo | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="page">
      <PageHeading>{t('nav.settings')}</PageHeading>
      <dl className="facts">
        <dt>{t('settings.workspaceFile')}</dt>
        <dd className="path">{workspace?.path ?? t('common.loading')}</dd>
        <dt>{t('settings.workspaceFormat')}</dt>
        <dd>{workspace ? t('settings.formatVersion', { version: workspace.formatVersion }) : t('common.loading')}</dd>
        <dt>{t('settings.language')}</dt>
        <dd>{languageName(i18n.resolvedLanguage ?? i18n.language)}</dd>
      </dl>
    </section>
  );
}
