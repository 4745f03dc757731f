import { useRef, type KeyboardEvent } from 'react';
import { t } from '@/src/i18n/t';

// The popup's segmented navigation: an ARIA tablist with roving focus (arrows, Home, End).
export const SECTIONS = ['status', 'conversion', 'fees', 'checklist', 'templates'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const tabId = (section: SectionId) => `popup-tab-${section}`;
export const panelId = (section: SectionId) => `popup-panel-${section}`;

const KEY_STEP: Record<string, (index: number) => number> = {
  ArrowRight: (i) => (i + 1) % SECTIONS.length,
  ArrowLeft: (i) => (i - 1 + SECTIONS.length) % SECTIONS.length,
  Home: () => 0,
  End: () => SECTIONS.length - 1,
};

interface Props {
  selected: SectionId;
  onSelect: (section: SectionId) => void;
}

export function SectionTabs({ selected, onSelect }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent) {
    const step = KEY_STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(SECTIONS.indexOf(selected));
    onSelect(SECTIONS[next]!);
    buttons.current[next]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('popup_nav_label')} onKeyDown={onKeyDown}>
      {SECTIONS.map((section, index) => {
        const isSelected = section === selected;
        return (
          <button
            key={section}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={tabId(section)}
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId(section) : undefined}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(section)}
          >
            {t(`popup_nav_${section}`)}
          </button>
        );
      })}
    </div>
  );
}
