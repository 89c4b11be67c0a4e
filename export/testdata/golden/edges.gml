Creator "claimgraph"
graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "NATO non-expansion"
    nodeId "demand/nato-non-expansion"
    type "demand"
    color "#EDC948"
    iri "https://w3id.org/claimgraph/demand/nato-non-expansion"
    description "A legally binding guarantee that NATO will not expand further east."
    provenance "curated"
    r 237
    g 201
    b 72
    graphics [
      type "diamond"
      fill "#EDC948"
      outline "#333333"
      w 164.0
      h 30.0
    ]
  ]
  node [
    id 1
    label "NATO open door"
    nodeId "demand/nato-open-door"
    type "demand"
    color "#EDC948"
    iri "https://w3id.org/claimgraph/demand/nato-open-door"
    description "Western position: every state chooses its alliances; no Russian veto on NATO enlargement."
    provenance "curated"
    r 237
    g 201
    b 72
    graphics [
      type "diamond"
      fill "#EDC948"
      outline "#333333"
      w 132.0
      h 30.0
    ]
  ]
  node [
    id 2
    label "No NATO membership for Ukraine"
    nodeId "demand/no-ukraine-membership"
    type "demand"
    color "#EDC948"
    iri "https://w3id.org/claimgraph/demand/no-ukraine-membership"
    description "Ukraine (and Georgia) must never join NATO."
    provenance "curated"
    r 237
    g 201
    b 72
    graphics [
      type "diamond"
      fill "#EDC948"
      outline "#333333"
      w 260.0
      h 30.0
    ]
  ]
  node [
    id 3
    label "Treaty on &quot;security guarantees&quot; &amp; draft <US&#8211;Russia>"
    nodeId "doc/draft-treaty-2021-12-17"
    type "document"
    color "#9C755F"
    iri "https://w3id.org/claimgraph/doc/draft-treaty-2021-12-17"
    datePublished "2021-12-17"
    provenance "curated"
    r 156
    g 117
    b 95
    graphics [
      type "parallelogram"
      fill "#9C755F"
      outline "#333333"
      w 400.0
      h 30.0
    ]
  ]
  node [
    id 4
    label "Russia suggests how US could seal a security deal"
    nodeId "doc/rt-2022-01-20-ryabkov-valdai"
    type "article"
    color "#76B7B2"
    iri "https://w3id.org/claimgraph/doc/rt-2022-01-20-ryabkov-valdai"
    datePublished "2022-01-20"
    provenance "extracted"
    url "https://www.rt.com/russia/546000-ryabkov-security-deal/"
    r 118
    g 183
    b 178
    graphics [
      type "rectangle"
      fill "#76B7B2"
      outline "#333333"
      w 400.0
      h 30.0
    ]
  ]
  node [
    id 5
    label "NATO"
    nodeId "org/nato"
    type "organization"
    color "#F28E2B"
    iri "https://w3id.org/claimgraph/org/nato"
    alternateName "North Atlantic Treaty Organization"
    provenance "curated"
    r 242
    g 142
    b 43
    graphics [
      type "roundrectangle"
      fill "#F28E2B"
      outline "#333333"
      w 60.0
      h 30.0
    ]
  ]
  node [
    id 6
    label "RT"
    nodeId "org/rt"
    type "organization"
    color "#F28E2B"
    iri "https://w3id.org/claimgraph/org/rt"
    provenance "curated"
    r 242
    g 142
    b 43
    graphics [
      type "roundrectangle"
      fill "#F28E2B"
      outline "#333333"
      w 60.0
      h 30.0
    ]
  ]
  node [
    id 7
    label "Russia"
    nodeId "org/russia"
    type "country"
    color "#B07AA1"
    iri "https://w3id.org/claimgraph/org/russia"
    alternateName "&#1056;&#1086;&#1089;&#1089;&#1080;&#1103;"
    provenance "curated"
    r 176
    g 122
    b 161
    graphics [
      type "hexagon"
      fill "#B07AA1"
      outline "#333333"
      w 68.0
      h 30.0
    ]
  ]
  node [
    id 8
    label "Russian Foreign Ministry"
    nodeId "org/russian-foreign-ministry"
    type "organization"
    color "#F28E2B"
    iri "https://w3id.org/claimgraph/org/russian-foreign-ministry"
    provenance "curated"
    r 242
    g 142
    b 43
    graphics [
      type "roundrectangle"
      fill "#F28E2B"
      outline "#333333"
      w 212.0
      h 30.0
    ]
  ]
  node [
    id 9
    label "Fyodor Lukyanov"
    nodeId "person/fyodor-lukyanov"
    type "person"
    color "#4E79A7"
    iri "https://w3id.org/claimgraph/person/fyodor-lukyanov"
    alternateName "&#1060;&#1105;&#1076;&#1086;&#1088; &#1051;&#1091;&#1082;&#1100;&#1103;&#1085;&#1086;&#1074;"
    provenance "curated"
    r 78
    g 121
    b 167
    graphics [
      type "ellipse"
      fill "#4E79A7"
      outline "#333333"
      w 140.0
      h 30.0
    ]
  ]
  node [
    id 10
    label "Jean-Yves Le Drian"
    nodeId "person/jean-yves-le-drian"
    type "person"
    color "#4E79A7"
    iri "https://w3id.org/claimgraph/person/jean-yves-le-drian"
    jobTitle "Ministre de l'Europe et des Affaires &#233;trang&#232;res"
    provenance "extracted"
    r 78
    g 121
    b 167
    graphics [
      type "ellipse"
      fill "#4E79A7"
      outline "#333333"
      w 164.0
      h 30.0
    ]
  ]
  node [
    id 11
    label "Jens Stoltenberg"
    nodeId "person/jens-stoltenberg"
    type "person"
    color "#4E79A7"
    iri "https://w3id.org/claimgraph/person/jens-stoltenberg"
    jobTitle "NATO Secretary General"
    provenance "curated"
    r 78
    g 121
    b 167
    graphics [
      type "ellipse"
      fill "#4E79A7"
      outline "#333333"
      w 148.0
      h 30.0
    ]
  ]
  node [
    id 12
    label "Sergei Ryabkov"
    nodeId "person/sergei-ryabkov"
    type "person"
    color "#4E79A7"
    iri "https://w3id.org/claimgraph/person/sergei-ryabkov"
    alternateName "Sergey Ryabkov; &#1057;&#1077;&#1088;&#1075;&#1077;&#1081; &#1056;&#1103;&#1073;&#1082;&#1086;&#1074;"
    jobTitle "Deputy Foreign Minister"
    provenance "curated"
    r 78
    g 121
    b 167
    graphics [
      type "ellipse"
      fill "#4E79A7"
      outline "#333333"
      w 132.0
      h 30.0
    ]
  ]
  edge [
    source 0
    target 7
    label "raisedBy"
    edgeId "demand/nato-non-expansion raisedBy org/russia"
    relation "raisedBy"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 3
    target 0
    label "containsDemand"
    edgeId "doc/draft-treaty-2021-12-17 containsDemand demand/nato-non-expansion"
    relation "containsDemand"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 3
    target 2
    label "containsDemand"
    edgeId "doc/draft-treaty-2021-12-17 containsDemand demand/no-ukraine-membership"
    relation "containsDemand"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 3
    target 7
    label "author"
    edgeId "doc/draft-treaty-2021-12-17 author org/russia"
    relation "author"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 4
    target 6
    label "publisher"
    edgeId "doc/rt-2022-01-20-ryabkov-valdai publisher org/rt"
    relation "publisher"
    color "#999999"
    provenance "extracted"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 8
    target 7
    label "parentOrganization"
    edgeId "org/russian-foreign-ministry parentOrganization org/russia"
    relation "parentOrganization"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 9
    target 0
    label "mentions"
    edgeId "statement/curated-lukyanov-1"
    relation "statement"
    color "#7F7F7F"
    date "2021-12-20"
    demand "nato-non-expansion"
    doc "draft-treaty-2021-12-17"
    provenance "curated"
    quote "The demands are &quot;maximalist&quot; &#8212; a list, not an opening bid."
    speaker "fyodor-lukyanov"
    speakerName "&#1060;&#1105;&#1076;&#1086;&#1088; &#1051;&#1091;&#1082;&#1100;&#1103;&#1085;&#1086;&#1074;"
    stance "mentions"
    statement "curated-lukyanov-1"
    r 127
    g 127
    b 127
    graphics [
      fill "#7F7F7F"
      width 2
      targetArrow "standard"
    ]
  ]
  edge [
    source 10
    target 4
    label "statement"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-5"
    relation "statement"
    color "#BAB0AC"
    date "2022-01-14"
    direct "true"
    doc "rt-2022-01-20-ryabkov-valdai"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "L'Europe doit &#234;tre &#224; la table &#8212; &#171; pas de n&#233;gociation sans nous &#187;."
    refersTo "org/russia"
    speaker "jean-yves-le-drian"
    speakerName "Jean-Yves Le Drian"
    statement "rt-2022-01-20-ryabkov-valdai-5"
    r 186
    g 176
    b 172
    graphics [
      fill "#BAB0AC"
      width 2
      targetArrow "standard"
    ]
  ]
  edge [
    source 11
    target 1
    label "supports"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-4"
    relation "statement"
    color "#2CA02C"
    date "2022-01-12"
    demand "nato-open-door"
    doc "rt-2022-01-20-ryabkov-valdai"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "It's for Ukraine and 30 NATO allies to decide."
    speaker "jens-stoltenberg"
    speakerName "Jens Stoltenberg"
    stance "supports"
    statement "rt-2022-01-20-ryabkov-valdai-4"
    r 44
    g 160
    b 44
    graphics [
      fill "#2CA02C"
      width 2
      targetArrow "standard"
    ]
  ]
  edge [
    source 11
    target 2
    label "rejects"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-3"
    relation "statement"
    color "#D62728"
    date "2022-01-12"
    demand "no-ukraine-membership"
    doc "rt-2022-01-20-ryabkov-valdai"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "Russia doesn't have a veto."
    speaker "jens-stoltenberg"
    speakerName "Stoltenberg"
    stance "rejects"
    statement "rt-2022-01-20-ryabkov-valdai-3"
    r 214
    g 39
    b 40
    graphics [
      fill "#D62728"
      width 2
      targetArrow "standard"
    ]
  ]
  edge [
    source 11
    target 5
    label "memberOf"
    edgeId "person/jens-stoltenberg memberOf org/nato"
    relation "memberOf"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 12
    target 0
    label "supports"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-2"
    relation "statement"
    color "#2CA02C"
    date "2022-01-19"
    demand "nato-non-expansion"
    doc "rt-2022-01-20-ryabkov-valdai"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "NATO must stop its expansion."
    speaker "sergei-ryabkov"
    speakerName "Ryabkov"
    stance "supports"
    statement "rt-2022-01-20-ryabkov-valdai-2"
    r 44
    g 160
    b 44
    graphics [
      fill "#2CA02C"
      width 2
      targetArrow "standard"
    ]
  ]
  edge [
    source 12
    target 2
    label "supports"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-1"
    relation "statement"
    color "#2CA02C"
    date "2022-01-20"
    demand "no-ukraine-membership"
    direct "true"
    doc "rt-2022-01-20-ryabkov-valdai"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "We need &quot;ironclad, waterproof, bulletproof, legally binding guarantees&quot;.&#10;Not assurances, not safeguards."
    spanEnd "215"
    spanStart "120"
    speaker "sergei-ryabkov"
    speakerName "Sergey Ryabkov"
    stance "supports"
    statement "rt-2022-01-20-ryabkov-valdai-1"
    r 44
    g 160
    b 44
    graphics [
      fill "#2CA02C"
      width 2
      targetArrow "standard"
    ]
  ]
  edge [
    source 12
    target 8
    label "memberOf"
    edgeId "person/sergei-ryabkov memberOf org/russian-foreign-ministry"
    relation "memberOf"
    color "#999999"
    provenance "curated"
    r 153
    g 153
    b 153
    graphics [
      fill "#999999"
      width 1
      targetArrow "standard"
    ]
  ]
]
