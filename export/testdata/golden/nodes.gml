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
  node [
    id 13
    label "mentions, 2021-12-20"
    nodeId "statement/curated-lukyanov-1"
    type "statement"
    color "#7F7F7F"
    iri "https://w3id.org/claimgraph/statement/curated-lukyanov-1"
    date "2021-12-20"
    provenance "curated"
    quote "The demands are &quot;maximalist&quot; &#8212; a list, not an opening bid."
    speakerName "&#1060;&#1105;&#1076;&#1086;&#1088; &#1051;&#1091;&#1082;&#1100;&#1103;&#1085;&#1086;&#1074;"
    stance "mentions"
    r 127
    g 127
    b 127
    graphics [
      type "octagon"
      fill "#7F7F7F"
      outline "#333333"
      w 180.0
      h 30.0
    ]
  ]
  node [
    id 14
    label "supports, 2022-01-20"
    nodeId "statement/rt-2022-01-20-ryabkov-valdai-1"
    type "statement"
    color "#2CA02C"
    iri "https://w3id.org/claimgraph/statement/rt-2022-01-20-ryabkov-valdai-1"
    date "2022-01-20"
    direct "true"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "We need &quot;ironclad, waterproof, bulletproof, legally binding guarantees&quot;.&#10;Not assurances, not safeguards."
    spanEnd "215"
    spanStart "120"
    speakerName "Sergey Ryabkov"
    stance "supports"
    r 44
    g 160
    b 44
    graphics [
      type "octagon"
      fill "#2CA02C"
      outline "#333333"
      w 180.0
      h 30.0
    ]
  ]
  node [
    id 15
    label "supports, 2022-01-19"
    nodeId "statement/rt-2022-01-20-ryabkov-valdai-2"
    type "statement"
    color "#2CA02C"
    iri "https://w3id.org/claimgraph/statement/rt-2022-01-20-ryabkov-valdai-2"
    date "2022-01-19"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "NATO must stop its expansion."
    speakerName "Ryabkov"
    stance "supports"
    r 44
    g 160
    b 44
    graphics [
      type "octagon"
      fill "#2CA02C"
      outline "#333333"
      w 180.0
      h 30.0
    ]
  ]
  node [
    id 16
    label "rejects, 2022-01-12"
    nodeId "statement/rt-2022-01-20-ryabkov-valdai-3"
    type "statement"
    color "#D62728"
    iri "https://w3id.org/claimgraph/statement/rt-2022-01-20-ryabkov-valdai-3"
    date "2022-01-12"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "Russia doesn't have a veto."
    speakerName "Stoltenberg"
    stance "rejects"
    r 214
    g 39
    b 40
    graphics [
      type "octagon"
      fill "#D62728"
      outline "#333333"
      w 172.0
      h 30.0
    ]
  ]
  node [
    id 17
    label "supports, 2022-01-12"
    nodeId "statement/rt-2022-01-20-ryabkov-valdai-4"
    type "statement"
    color "#2CA02C"
    iri "https://w3id.org/claimgraph/statement/rt-2022-01-20-ryabkov-valdai-4"
    date "2022-01-12"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "It's for Ukraine and 30 NATO allies to decide."
    speakerName "Jens Stoltenberg"
    stance "supports"
    r 44
    g 160
    b 44
    graphics [
      type "octagon"
      fill "#2CA02C"
      outline "#333333"
      w 180.0
      h 30.0
    ]
  ]
  node [
    id 18
    label "statement, 2022-01-14"
    nodeId "statement/rt-2022-01-20-ryabkov-valdai-5"
    type "statement"
    color "#BAB0AC"
    iri "https://w3id.org/claimgraph/statement/rt-2022-01-20-ryabkov-valdai-5"
    date "2022-01-14"
    direct "true"
    extractedFrom "rt-2022-01-20-ryabkov-valdai"
    provenance "extracted"
    quote "L'Europe doit &#234;tre &#224; la table &#8212; &#171; pas de n&#233;gociation sans nous &#187;."
    speakerName "Jean-Yves Le Drian"
    r 186
    g 176
    b 172
    graphics [
      type "octagon"
      fill "#BAB0AC"
      outline "#333333"
      w 188.0
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
  edge [
    source 13
    target 0
    label "demand"
    edgeId "statement/curated-lukyanov-1 demand demand/nato-non-expansion"
    relation "demand"
    color "#7F7F7F"
    provenance "curated"
    r 127
    g 127
    b 127
    graphics [
      fill "#7F7F7F"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 13
    target 3
    label "prop_source"
    edgeId "statement/curated-lukyanov-1 prop_source doc/draft-treaty-2021-12-17"
    relation "prop_source"
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
    source 13
    target 9
    label "speaker"
    edgeId "statement/curated-lukyanov-1 speaker person/fyodor-lukyanov"
    relation "speaker"
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
    source 14
    target 2
    label "demand"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-1 demand demand/no-ukraine-membership"
    relation "demand"
    color "#2CA02C"
    provenance "extracted"
    r 44
    g 160
    b 44
    graphics [
      fill "#2CA02C"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 14
    target 4
    label "prop_source"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-1 prop_source doc/rt-2022-01-20-ryabkov-valdai"
    relation "prop_source"
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
    source 14
    target 12
    label "speaker"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-1 speaker person/sergei-ryabkov"
    relation "speaker"
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
    source 15
    target 0
    label "demand"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-2 demand demand/nato-non-expansion"
    relation "demand"
    color "#2CA02C"
    provenance "extracted"
    r 44
    g 160
    b 44
    graphics [
      fill "#2CA02C"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 15
    target 4
    label "prop_source"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-2 prop_source doc/rt-2022-01-20-ryabkov-valdai"
    relation "prop_source"
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
    source 15
    target 12
    label "speaker"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-2 speaker person/sergei-ryabkov"
    relation "speaker"
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
    source 16
    target 2
    label "demand"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-3 demand demand/no-ukraine-membership"
    relation "demand"
    color "#D62728"
    provenance "extracted"
    r 214
    g 39
    b 40
    graphics [
      fill "#D62728"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 16
    target 4
    label "prop_source"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-3 prop_source doc/rt-2022-01-20-ryabkov-valdai"
    relation "prop_source"
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
    source 16
    target 11
    label "speaker"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-3 speaker person/jens-stoltenberg"
    relation "speaker"
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
    source 17
    target 1
    label "demand"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-4 demand demand/nato-open-door"
    relation "demand"
    color "#2CA02C"
    provenance "extracted"
    r 44
    g 160
    b 44
    graphics [
      fill "#2CA02C"
      width 1
      targetArrow "standard"
    ]
  ]
  edge [
    source 17
    target 4
    label "prop_source"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-4 prop_source doc/rt-2022-01-20-ryabkov-valdai"
    relation "prop_source"
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
    source 17
    target 11
    label "speaker"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-4 speaker person/jens-stoltenberg"
    relation "speaker"
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
    source 18
    target 4
    label "prop_source"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-5 prop_source doc/rt-2022-01-20-ryabkov-valdai"
    relation "prop_source"
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
    source 18
    target 7
    label "refersTo"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-5 refersTo org/russia"
    relation "refersTo"
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
    source 18
    target 10
    label "speaker"
    edgeId "statement/rt-2022-01-20-ryabkov-valdai-5 speaker person/jean-yves-le-drian"
    relation "speaker"
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
]
