import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import './search-styles.css';

/** The header's search: a landmark with a labelled field; Enter or the button opens the results. */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname === '/find' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  // Opening results (a link, the back button) shows their words in the box.
  useEffect(() => setText(current), [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(`/find?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="header-search" className="visually-hidden">
        Search the record
      </label>
      <input id="header-search" type="search" placeholder="Names, places, words…" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}
