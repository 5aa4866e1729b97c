import { Link } from 'react-router-dom';
import { community as t } from './texte.ts';

/** For the solution page: the way to its questions and answers. */
export function CommunityLink({ loesungId }: { loesungId: string }) {
  return <Link className="kern-link" to={`/loesungen/${loesungId}/fragen`}>{t.fragenLink}</Link>;
}
