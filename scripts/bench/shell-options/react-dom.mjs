// React and react-dom alone: the floor every option builds on.
import { createElement as h } from 'react'
import { mount } from './mount.mjs'

mount(h('p', null, 'Calls'))
