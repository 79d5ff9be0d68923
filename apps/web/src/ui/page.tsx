import { useEffect, useRef, type ReactNode } from 'react';

/** A page's heading takes focus when it opens, so keyboard and screen-reader users land on it. */
export function Page({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Chancery`;
    heading.current?.focus();
  }, [title]);
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}
