-- The records our subscriber export writes (labels included, json_object in C): what SQLite itself needs for the
-- same output, next to -json of the bare table.
SELECT json_object('id', s.id, 'email', s.email, 'name', s.name, 'status', s.status,
    'labels', (SELECT json_group_array(l.name) FROM subscriber_labels sl JOIN labels l ON l.id = sl.label_id
               WHERE sl.subscriber_id = s.id),
    'source', s.source, 'subscribedAt', s.subscribed_at, 'unsubscribedAt', s.unsubscribed_at,
    'createdAt', s.created_at, 'updatedAt', s.updated_at)
FROM subscribers s;
