export default function Start() {
  return (
    <>
      <h1 className="kern-heading-x-large">Lotse</h1>
      <p className="kern-body--large">Kommunen lernen voneinander.</p>
    </>
  );
}
