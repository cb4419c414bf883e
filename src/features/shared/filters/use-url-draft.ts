import { useEffect, useRef, useState } from 'react'

/**
 * Text that the user edits and the URL also holds (the search, a range's bound). The field
 * keeps what is typed, since the URL takes it later (after a pause, or once it reads as a
 * value); when the URL changes by other means (Clear, Back, a saved view), the field shows
 * what the URL says and `onUrlChange` hears it.
 *
 * `sentRef` is the text the URL was last given or last said.
 */
export function useUrlDraft(fromUrl: string, onUrlChange?: (text: string) => void) {
  const [text, setText] = useState(fromUrl)
  const sentRef = useRef(fromUrl)
  useEffect(() => {
    if (fromUrl !== sentRef.current) {
      sentRef.current = fromUrl
      setText(fromUrl)
      onUrlChange?.(fromUrl)
    }
  }, [fromUrl, onUrlChange])
  return { text, setText, sentRef }
}
