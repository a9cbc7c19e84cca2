import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WIZARD_STEP_KEYS } from './import-keys';

export const WIZARD_STEPS = ['file', 'sheet', 'mapping', 'staging', 'commit'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The five steps in order; the current one is marked for sight and for screen readers (aria-current="step"). */
export function StepIndicator({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const at = WIZARD_STEPS.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t('import.steps.label')}>
      {WIZARD_STEPS.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'todo';
        return (
          <li key={step} className={`wizard-step wizard-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="wizard-step-number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span>{t(WIZARD_STEP_KEYS[step])}</span>
            {state === 'done' && <span className="visually-hidden">{t('import.steps.done')}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The current step's frame, the same element from step to step: its heading takes focus when
 * another step is entered, so keyboard and screen-reader users start at the top of it.
 */
export function StepSection({ step, children }: { step: WizardStep; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // When the page opens, focus stays where the frame put it (the page heading).
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);
  const number = WIZARD_STEPS.indexOf(step) + 1;
  return (
    <section className="wizard-panel" aria-labelledby={`import-step-${step}`} data-step={step}>
      <h2 id={`import-step-${step}`} ref={heading} tabIndex={-1} className="wizard-panel-heading">
        {t('import.steps.heading', { number, total: WIZARD_STEPS.length, title: t(WIZARD_STEP_KEYS[step]) })}
      </h2>
      {children}
    </section>
  );
}

interface WizardNavProps {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  /** Why Next cannot be pressed yet, in words shown beside it; Next stays disabled while this is set. */
  blockedBy?: string;
  busy?: boolean;
}

export function WizardNav({ onBack, onNext, nextLabel, blockedBy, busy = false }: WizardNavProps) {
  const { t } = useTranslation();
  return (
    <div className="wizard-nav">
      {onBack && (
        <button type="button" onClick={onBack} disabled={busy}>
          {t('import.back')}
        </button>
      )}
      {onNext && (
        <button
          type="button"
          className="button-primary"
          onClick={onNext}
          disabled={busy || blockedBy !== undefined}
          aria-describedby={blockedBy ? 'wizard-blocked' : undefined}
        >
          {nextLabel ?? t('import.next')}
        </button>
      )}
      {blockedBy && (
        <p id="wizard-blocked" className="wizard-blocked">
          {blockedBy}
        </p>
      )}
    </div>
  );
}
