create table if not exists orders (
	id varchar(64) primary key,
	item varchar(200) not null,
	quantity int not null
);
