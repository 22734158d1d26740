// An annotation's body in light Markdown (paragraphs, lists, emphasis, links, code, quotes), rendered
// safely: raw HTML shows as the text it is, and only http(s) links become links, opening apart from the app.
import Markdown, { type Components } from 'react-markdown';

const ALLOWED = ['p', 'br', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote'];

type Node = { type: string; value?: string; children?: Node[] };

/** A remark plugin: raw HTML becomes plain text, so `<img onerror=…>` reads as typed and never runs. */
function htmlAsText() {
  const walk = (node: Node) => {
    if (node.type === 'html') node.type = 'text';
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}

export function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer" target="_blank" className="text-blue-700 underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

export function AnnotationMarkdown({ children }: { children: string }) {
  return (
    <div className="prose-annotation space-y-2 text-sm leading-relaxed text-slate-800 [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown allowedElements={ALLOWED} unwrapDisallowed remarkPlugins={[htmlAsText]} urlTransform={safeUrl} components={components}>
        {children}
      </Markdown>
    </div>
  );
}
